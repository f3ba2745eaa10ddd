package xiaokang.supervision.ui.internal;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.data.Choices;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.Labels;
import xiaokang.supervision.Ledger;
import xiaokang.supervision.NewProblem;
import xiaokang.supervision.model.ProblemArea;
import xiaokang.supervision.model.ProblemSource;

/**
 * 登记问题: a problem found by an inspection, feedback or a self-check, entered into the ledger;
 * the ledger gives it its number. What is wrong is said in the dialog and nothing is written.
 */
final class RegisterDialog extends TitleAreaDialog {

    private final Store store;
    private final List<Choices.Choice> townships;
    private final List<Choices.Choice> units;
    private List<Choices.Choice> villages = List.of();
    private Combo source;
    private Combo area;
    private Combo township;
    private Combo village;
    private Text household;
    private Text description;
    private Combo unit;
    private Text person;
    private Text deadline;
    private String number;

    RegisterDialog(Shell parent, Store store, List<Choices.Choice> townships, List<Choices.Choice> units) {
        super(parent);
        this.store = store;
        this.townships = townships;
        this.units = units;
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area0 = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Register_title);
        setMessage(Messages.Register_message);
        Composite fields = new Composite(area0, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        source = DialogFields.combo(fields, Messages.Ledger_source, List.of(ProblemSource.values()).stream().map(Labels::of).toList(), false);
        area = DialogFields.combo(fields, Messages.Ledger_area, List.of(ProblemArea.values()).stream().map(Labels::of).toList(), false);
        township = DialogFields.combo(fields, Messages.Ledger_township, townships.stream().map(Choices.Choice::name).toList(), true);
        village = DialogFields.combo(fields, Messages.Ledger_village, List.of(), true);
        township.addListener(SWT.Selection, event -> villagesOf(chosen(townships, township)));
        household = DialogFields.text(fields, Messages.Register_household, "");
        household.setMessage("430582…"); //$NON-NLS-1$
        description = DialogFields.multiLineText(fields, Messages.Ledger_description);
        unit = DialogFields.combo(fields, Messages.Ledger_unit, units.stream().map(Choices.Choice::name).toList(), true);
        person = DialogFields.text(fields, Messages.Ledger_person, "");
        deadline = DialogFields.text(fields, Messages.Assign_deadline, "");
        deadline.setText(LocalDate.now().plusDays(30).toString());
        return area0;
    }

    private static Long chosen(List<Choices.Choice> choices, Combo combo) {
        return combo.getSelectionIndex() > 0 ? choices.get(combo.getSelectionIndex() - 1).id() : null;
    }

    private void villagesOf(Long townshipId) {
        village.removeAll();
        village.add(""); //$NON-NLS-1$
        villages = List.of();
        if (townshipId != null) {
            try (Connection connection = store.connect()) {
                villages = Choices.villages(connection, townshipId);
            } catch (Exception e) {
                setErrorMessage(e.getMessage());
            }
        }
        villages.forEach(choice -> village.add(choice.name()));
        village.select(0);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            LocalDate due;
            try {
                due = DialogFields.date(Messages.Assign_deadline, deadline);
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            NewProblem found = new NewProblem(LocalDate.now(), ProblemSource.values()[source.getSelectionIndex()],
                    ProblemArea.values()[area.getSelectionIndex()], chosen(townships, township), chosen(villages, village),
                    household.getText(), description.getText(), chosen(units, unit), person.getText(), due);
            try {
                number = Ledger.register(store, found, System.getProperty("user.name")); //$NON-NLS-1$
            } catch (StoreException e) {
                setErrorMessage(e.getMessage());
                return;
            }
        }
        super.buttonPressed(buttonId);
    }

    /** The number the ledger gave the problem, after OK. */
    String number() {
        return number;
    }
}
