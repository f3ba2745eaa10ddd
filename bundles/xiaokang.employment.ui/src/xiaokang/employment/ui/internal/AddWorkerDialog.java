package xiaokang.employment.ui.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.employment.Workshops;

/** 添加工人: the person's ID number, the day they started, and what they earn (either may be left empty). */
final class AddWorkerDialog extends TitleAreaDialog {

    private final String workshop;
    private final Function<Workshops.NewWorker, Optional<String>> attempt;
    private Text idNumber;
    private Text started;
    private Text wage;
    private Text gain;

    /** @param attempt takes the worker on, or says why not (the dialog then stays open, showing why) */
    AddWorkerDialog(Shell parent, String workshop, Function<Workshops.NewWorker, Optional<String>> attempt) {
        super(parent);
        this.workshop = workshop;
        this.attempt = attempt;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Add_title);
        setMessage(NLS.bind(Messages.Add_message, workshop));
        Composite fields = DialogFields.grid(area);
        idNumber = DialogFields.text(fields, Messages.Add_idNumber, ""); //$NON-NLS-1$
        idNumber.setMessage("430521…"); //$NON-NLS-1$
        started = DialogFields.text(fields, Messages.Add_started, LocalDate.now().toString());
        wage = DialogFields.text(fields, Messages.Add_wage, ""); //$NON-NLS-1$
        gain = DialogFields.text(fields, Messages.Add_gain, ""); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void okPressed() {
        Workshops.NewWorker worker;
        try {
            worker = new Workshops.NewWorker(idNumber.getText(), DialogFields.date(Messages.Add_started, started),
                    DialogFields.decimal(Messages.Add_wage, wage), DialogFields.decimal(Messages.Add_gain, gain));
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Optional<String> refused = attempt.apply(worker);
        if (refused.isPresent()) {
            setErrorMessage(refused.get());
            return;
        }
        super.okPressed();
    }
}
