package xiaokang.core;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One breach of a rule: which rule, how serious, on which object and field, what (in the user's
 * language) and under which policy.
 *
 * @param feature the field at fault, or {@code null} when the object as a whole is at fault
 */
public record Violation(String ruleId, Severity severity, EObject target, EStructuralFeature feature,
        String message, String policy) {
}
