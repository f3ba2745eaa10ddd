package xiaokang.core.internal.rules;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.Rule;
import xiaokang.core.RuleContext;
import xiaokang.core.SixChecks;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Person;

/** core.compulsory-education: a child aged 6-15 is in school or exempted (控辍保学). */
public final class CompulsoryEducationRule implements Rule {

    @Override
    public void check(EObject target, RuleContext context) {
        Person person = (Person) target;
        if (SixChecks.missesCompulsoryEducation(person, context.today())) {
            context.report(person, CorePackage.Literals.PERSON__IN_SCHOOL, person.getName(),
                    SixChecks.age(person, context.today()));
        }
    }
}
