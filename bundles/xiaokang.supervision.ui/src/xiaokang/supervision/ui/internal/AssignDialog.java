package xiaokang.supervision.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.data.Choices;

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
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        new Label(fields, SWT.NONE).setText(Messages.Ledger_unit);
        unit = new Combo(fields, SWT.READ_ONLY);
        unit.add(""); //$NON-NLS-1$
        units.forEach(choice -> unit.add(choice.name()));
        unit.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(unit);
        new Label(fields, SWT.NONE).setText(Messages.Ledger_person);
        person = new Text(fields, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(person);
        new Label(fields, SWT.NONE).setText(Messages.Assign_deadline);
        deadline = new Text(fields, SWT.BORDER);
        deadline.setMessage("2020-12-31"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(deadline);
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
                deadlineDate = deadline.getText().isBlank() ? null : LocalDate.parse(deadline.getText().strip());
            } catch (DateTimeParseException e) {
                setErrorMessage(NLS.bind(Messages.Assign_badDate, deadline.getText()));
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
