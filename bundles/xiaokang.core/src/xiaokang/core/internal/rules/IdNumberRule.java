package xiaokang.core.internal.rules;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.IdNumbers;
import xiaokang.core.Rule;
import xiaokang.core.RuleContext;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;

/** core.id-number: a person's ID number must pass GB 11643 (length, birth date, check digit). */
public final class IdNumberRule implements Rule {

    @Override
    public void check(EObject target, RuleContext context) {
        Person person = (Person) target;
        IdNumbers.problem(person.getIdNumber()).ifPresent(problem -> context.report(person,
                CorePackage.Literals.PERSON__ID_NUMBER, person.getName(), person.getIdNumber(), RuleMessages.of(problem)));
    }
}
