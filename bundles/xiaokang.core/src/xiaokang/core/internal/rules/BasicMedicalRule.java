package xiaokang.core.internal.rules;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.Rule;
import xiaokang.core.RuleContext;
import xiaokang.core.SixChecks;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;

/** core.basic-medical: every member of a registered household has basic medical insurance. */
public final class BasicMedicalRule implements Rule {

    @Override
    public void check(EObject target, RuleContext context) {
        Person person = (Person) target;
        if (SixChecks.lacksBasicMedical(person)) {
            context.report(person, CorePackage.Literals.PERSON__MEDICAL_INSURANCE, person.getName());
        }
    }
}
