package xiaokang.monitoring.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.monitoring.Labels;
import xiaokang.monitoring.RiskElimination;
import xiaokang.monitoring.model.MonitoringStep;

/** A step of the identification or the elimination: who takes it, on which day, and its evidence or reason. */
final class StepDialog extends TitleAreaDialog {

    private final MonitoringStep step;
    private final String user;
    private final List<RiskElimination.Condition> conditions;
    private Text actorText;
    private Text dateText;
    private Text noteText;
    private String actor;
    private LocalDate date;
    private String note;

    StepDialog(Shell parent, MonitoringStep step, String user, List<RiskElimination.Condition> conditions) {
        super(parent);
        this.step = step;
        this.user = user;
        this.conditions = conditions;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Labels.of(step));
        setMessage(switch (step) {
            case VISIT, COMPARE, ELIMINATION_VISIT -> Messages.Step_evidence;
            case DECLINE, SEND_BACK -> Messages.Step_reason;
            default -> Messages.Step_plain;
        });
        List<String> failing = conditions.stream().filter(c -> !c.holds()).map(RiskElimination.Condition::text).toList();
        if (!failing.isEmpty()) {
            setErrorMessage(String.join("；", failing)); //$NON-NLS-1$
        }
        Composite fields = DialogFields.grid(area);
        actorText = DialogFields.text(fields, Messages.Event_actor, user);
        dateText = DialogFields.text(fields, Messages.Event_date, LocalDate.now().toString());
        noteText = DialogFields.multiLineText(fields, Messages.Event_note);
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            try {
                date = DialogFields.date(Messages.Event_date, dateText);
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            actor = actorText.getText().strip();
            note = noteText.getText().strip();
        }
        super.buttonPressed(buttonId);
    }

    String actor() {
        return actor;
    }

    LocalDate date() {
        return date;
    }

    String note() {
        return note;
    }
}
