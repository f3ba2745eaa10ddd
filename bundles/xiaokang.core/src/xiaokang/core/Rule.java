package xiaokang.core;

import org.eclipse.emf.ecore.EObject;

/**
 * A validation rule contributed through the {@code xiaokang.core.rules} extension point. The
 * extension gives its id, severity, target class, message and policy; the class only decides.
 */
@FunctionalInterface
public interface Rule {

    /**
     * Checks one object of the rule's target class and reports each breach to the context, with
     * the arguments that fill the rule's message ({@code {0}}, {@code {1}} ...).
     */
    void check(EObject target, RuleContext context);
}
