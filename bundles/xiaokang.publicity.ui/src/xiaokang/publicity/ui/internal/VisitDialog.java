package xiaokang.publicity.ui.internal;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.DialogFields;
import xiaokang.publicity.FourOnes;

/** 补记走访: the month in which the cadre visited all their households, and a note. */
final class VisitDialog extends TitleAreaDialog {

    private final FourOnes.BoardRow row;
    private final BiFunction<Integer, String, Optional<String>> attempt;
    private Combo month;
    private Text notes;

    /** @param attempt records the visit for a month (1 to 12) with a note, or says why not */
    VisitDialog(Shell parent, FourOnes.BoardRow row, BiFunction<Integer, String, Optional<String>> attempt) {
        super(parent);
        this.row = row;
        this.attempt = attempt;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(Messages.Visit_title);
        setMessage(NLS.bind(Messages.Visit_message, row.cadre(), row.households().size()));
        Composite fields = DialogFields.grid(area);
        month = DialogFields.combo(fields, Messages.Visit_month,
                IntStream.rangeClosed(1, 12).mapToObj(m -> NLS.bind(Messages.Board_month, m)).toList(), false);
        int firstGap = IntStream.rangeClosed(1, 12).filter(m -> !row.complete(m)).findFirst().orElse(1);
        month.select(firstGap - 1);
        notes = DialogFields.text(fields, Messages.Visit_notes, ""); //$NON-NLS-1$
        return area;
    }

    @Override
    protected void okPressed() {
        Optional<String> refused = attempt.apply(month.getSelectionIndex() + 1, notes.getText().strip());
        if (refused.isPresent()) {
            setErrorMessage(refused.get());
            return;
        }
        super.okPressed();
    }
}
