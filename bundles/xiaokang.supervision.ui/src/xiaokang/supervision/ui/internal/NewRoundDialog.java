package xiaokang.supervision.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.core.model.HouseholdStatus;
import xiaokang.edit.ui.DialogFields;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.supervision.RescreeningRun;

/** 新建轮次: a new re-screening round, its period and the household groups it screens. */
final class NewRoundDialog extends TitleAreaDialog {

    private final Store store;
    private final List<Button> groups = new ArrayList<>();
    private Text name;
    private Text start;
    private Text end;
    private long roundId = -1;

    NewRoundDialog(Shell parent, Store store) {
        super(parent);
        this.store = store;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.NewRound_title);
        setMessage(Messages.NewRound_message);
        Composite fields = DialogFields.grid(area);
        name = DialogFields.text(fields, Messages.Rescreening_name, NLS.bind(Messages.NewRound_defaultName, LocalDate.now().getYear()));
        start = DialogFields.text(fields, Messages.NewRound_start, LocalDate.now().toString());
        end = DialogFields.text(fields, Messages.NewRound_end, LocalDate.now().plusMonths(2).toString());
        new Label(fields, SWT.NONE).setText(Messages.NewRound_groups);
        Composite checks = new Composite(fields, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(checks);
        for (HouseholdStatus status : HouseholdStatus.values()) {
            Button check = new Button(checks, SWT.CHECK);
            check.setText(status.getLiteral());
            check.setSelection(true);
            groups.add(check);
        }
        return area;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.OK_ID) {
            LocalDate from;
            LocalDate to;
            try {
                from = DialogFields.date(Messages.NewRound_start, start);
                to = DialogFields.date(Messages.NewRound_end, end);
            } catch (IllegalArgumentException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            List<HouseholdStatus> chosen = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                if (groups.get(i).getSelection()) {
                    chosen.add(HouseholdStatus.values()[i]);
                }
            }
            try {
                roundId = RescreeningRun.newRound(store, name.getText(), from, to, chosen, System.getProperty("user.name")); //$NON-NLS-1$
            } catch (StoreException e) {
                setErrorMessage(e.getMessage());
                return;
            }
        }
        super.buttonPressed(buttonId);
    }

    long roundId() {
        return roundId;
    }
}
