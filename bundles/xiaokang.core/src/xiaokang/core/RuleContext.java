package xiaokang.core;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a {@link Rule} is given while it checks: the date to judge ages by, and where to report. */
public interface RuleContext {

    /** The day the check is made (ages, deadlines and "this year" are judged against it). */
    LocalDate today();

    /** Reports a breach on {@code target}'s {@code feature} (or the whole object when null). */
    void report(EObject target, EStructuralFeature feature, Object... messageArguments);
}
