package xiaokang.monitoring.ui.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.model.HelpMeasure;
import xiaokang.monitoring.model.MeasureKind;
import xiaokang.monitoring.model.MonitoringFactory;

/**
 * A help measure (帮扶措施), new or a copy of one to change: kind, what, when planned and given,
 * amount, who answers for it, and another plug-in's record it is (a job, a benefit link, a grant).
 */
final class MeasureDialog extends TitleAreaDialog {

    private final HelpMeasure shown;
    private final String user;
    private final Function<String, Optional<String>> linkCheck;
    private Combo kind;
    private Text description;
    private Text planned;
    private Text given;
    private Text amount;
    private Text responsible;
    private Text linked;
    private HelpMeasure measure;

    /**
     * @param existing the measure to change, or null for a new one
     * @param linkCheck why a linked record typed names no stored record (empty when it does)
     */
    MeasureDialog(Shell parent, HelpMeasure existing, String user, Function<String, Optional<String>> linkCheck) {
        super(parent);
        this.shown = existing == null ? MonitoringFactory.eINSTANCE.createHelpMeasure() : EcoreUtil.copy(existing);
        this.user = user;
        this.linkCheck = linkCheck;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Editor_measures);
        setMessage(Messages.Measure_message);
        Composite fields = DialogFields.grid(area);
        kind = DialogFields.combo(fields, Messages.Measure_kind, List.of(MeasureKind.values()).stream().map(Labels::of).toList(), false);
        kind.select(shown.getKind().ordinal());
        description = DialogFields.text(fields, Messages.Measure_description, value(shown.getDescription()));
        planned = DialogFields.text(fields, Messages.Measure_planned, value(shown.getPlannedOn()));
        planned.setMessage("2024-06-30"); //$NON-NLS-1$
        given = DialogFields.text(fields, Messages.Measure_given, value(shown.getGivenOn()));
        amount = DialogFields.text(fields, Messages.Measure_amount, value(shown.getAmount()));
        responsible = DialogFields.text(fields, Messages.Measure_responsible,
                shown.getResponsible() == null ? user : shown.getResponsible());
        linked = DialogFields.text(fields, Messages.Measure_linked, value(shown.getLinkedRecord()));
        linked.setMessage("industry.BenefitLink#12"); //$NON-NLS-1$
        return area;
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString(); //$NON-NLS-1$
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            if (description.getText().isBlank()) {
                setErrorMessage(Messages.Measure_noDescription);
                return;
            }
            try {
                shown.setKind(MeasureKind.values()[kind.getSelectionIndex()]);
                shown.setDescription(description.getText().strip());
                shown.setPlannedOn(DialogFields.date(Messages.Measure_planned, planned));
                shown.setGivenOn(DialogFields.date(Messages.Measure_given, given));
                shown.setAmount(DialogFields.decimal(Messages.Measure_amount, amount));
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            shown.setResponsible(responsible.getText().isBlank() ? null : responsible.getText().strip());
            Optional<String> badLink = linkCheck.apply(linked.getText());
            if (badLink.isPresent()) {
                setErrorMessage(badLink.get());
                return;
            }
            shown.setLinkedRecord(linked.getText().isBlank() ? null : linked.getText().strip());
            measure = shown;
        }
        super.buttonPressed(buttonId);
    }

    /** The measure as entered: a new object, to add or to copy into the one changed. */
    HelpMeasure measure() {
        return measure;
    }
}
