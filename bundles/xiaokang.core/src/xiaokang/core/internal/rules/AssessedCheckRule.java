package xiaokang.core.internal.rules;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EObject;

import xiaokang.core.Rule;
import xiaokang.core.RuleContext;
import xiaokang.core.SixChecks;
import xiaokang.core.model.Check;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;

/**
 * core.food, core.clothing, core.housing, core.drinking-water: the household's latest assessment
 * passes the check named after the colon in the contribution's class attribute.
 */
public final class AssessedCheckRule implements Rule, IExecutableExtension {

    private Check check;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        check = Check.valueOf((String) data);
    }

    @Override
    public void check(EObject target, RuleContext context) {
        Household household = (Household) target;
        SixChecks.latestResult(household, check).filter(r -> !r.isPassed())
                .ifPresent(r -> context.report(household, CorePackage.Literals.HOUSEHOLD__ASSESSMENTS,
                        household.getNumber(), r.getNote() == null ? "" : r.getNote())); //$NON-NLS-1$
    }
}
