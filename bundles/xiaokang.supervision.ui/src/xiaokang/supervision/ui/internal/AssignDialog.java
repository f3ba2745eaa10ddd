package xiaokang.supervision.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.data.Choices;
import xiaokang.edit.ui.DialogFields;

/** 批量指派: one responsible unit, person and (optionally) deadline for the selected problems. */
final class AssignDialog extends TitleAreaDialog {

    private final int problems;
    private final List<Choices.Choice> units;
    private Combo unit;
    private Text person;
    private Text deadline;
    private Long unitId;
    private String personName;
    private LocalDate deadlineDate;

    AssignDialog(Shell parent, int problems, List<Choices.Choice> units) {
        super(parent);
        this.problems = problems;
        this.units = units;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Assign_title);
        setMessage(NLS.bind(Messages.Assign_message, problems));
        Composite fields = DialogFields.grid(area);
        unit = DialogFields.combo(fields, Messages.Ledger_unit, units.stream().map(Choices.Choice::name).toList(), true);
        person = DialogFields.text(fields, Messages.Ledger_person, ""); //$NON-NLS-1$
        deadline = DialogFields.text(fields, Messages.Assign_deadline, ""); //$NON-NLS-1$
        deadline.setMessage("2020-12-31"); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            if (person.getText().isBlank()) {
                setErrorMessage(Messages.Assign_noPerson);
                return;
            }
            try {
                deadlineDate = DialogFields.date(Messages.Assign_deadline, deadline);
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            unitId = unit.getSelectionIndex() > 0 ? units.get(unit.getSelectionIndex() - 1).id() : null;
            personName = person.getText().strip();
        }
        super.buttonPressed(buttonId);
    }

    Long unitId() {
        return unitId;
    }

    String person() {
        return personName;
    }

    LocalDate deadline() {
        return deadlineDate;
    }
}
