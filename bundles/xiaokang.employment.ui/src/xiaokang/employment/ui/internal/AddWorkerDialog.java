package xiaokang.employment.ui.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

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
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        idNumber = text(fields, Messages.Add_idNumber, ""); //$NON-NLS-1$
        idNumber.setMessage("430521…"); //$NON-NLS-1$
        started = text(fields, Messages.Add_started, LocalDate.now().toString());
        wage = text(fields, Messages.Add_wage, ""); //$NON-NLS-1$
        gain = text(fields, Messages.Add_gain, ""); //$NON-NLS-1$
        return area;
    }

    private static Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        return text;
    }

    @Override
    protected void okPressed() {
        Workshops.NewWorker worker;
        try {
            worker = new Workshops.NewWorker(idNumber.getText(), date(started.getText().strip()),
                    amount(Messages.Add_wage, wage.getText()), amount(Messages.Add_gain, gain.getText()));
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

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Add_badDate, text), e);
        }
    }

    private static BigDecimal amount(String label, String text) {
        String value = text.strip().replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.Add_notANumber, label, text), e);
        }
    }
}
