package xiaokang.monitoring.ui.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.monitoring.model.IncomeCard;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.MonitoringPackage;
import xiaokang.monitoring.model.provider.MonitoringEditPlugin;

/**
 * 录入收入明白卡: a field for each figure of the card, named as the model names it; a production cost
 * left empty is the year's default share. OK saves through {@code save} and stays open with the
 * reason when it is refused (a year without parameters, no people), so nothing typed is lost.
 */
final class CardDialog extends TitleAreaDialog {

    private final IncomeCard card;
    private final Function<IncomeCard, Optional<String>> save;
    private final Map<EAttribute, Text> fields = new LinkedHashMap<>();

    /** @param start the figures to begin from (a copy is edited) */
    CardDialog(Shell parent, IncomeCard start, Function<IncomeCard, Optional<String>> save) {
        super(parent);
        this.card = start == null ? MonitoringFactory.eINSTANCE.createIncomeCard() : EcoreUtil.copy(start);
        this.save = save;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Card_title);
        setMessage(Messages.Card_message);
        Composite grid = DialogFields.grid(area);
        for (EAttribute attribute : MonitoringPackage.Literals.INCOME_CARD.getEAllAttributes()) {
            Object value = card.eGet(attribute);
            fields.put(attribute, DialogFields.text(grid, label(attribute), value == null ? "" : value.toString())); //$NON-NLS-1$
        }
        return area;
    }

    private static String label(EAttribute attribute) {
        return MonitoringEditPlugin.INSTANCE.getString("_UI_IncomeCard_" + attribute.getName() + "_feature"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            try {
                for (Map.Entry<EAttribute, Text> field : fields.entrySet()) {
                    EAttribute attribute = field.getKey();
                    String label = label(attribute);
                    card.eSet(attribute, attribute.getEAttributeType().getInstanceClass() == BigDecimal.class
                            ? DialogFields.decimal(label, field.getValue())
                            : Integer.valueOf(DialogFields.integer(label, field.getValue())));
                }
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            Optional<String> refused = save.apply(card);
            if (refused.isPresent()) {
                setErrorMessage(refused.get());
                return;
            }
        }
        super.buttonPressed(buttonId);
    }
}
