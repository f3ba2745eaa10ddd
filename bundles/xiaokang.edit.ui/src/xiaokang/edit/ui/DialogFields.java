package xiaokang.edit.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import xiaokang.edit.ui.internal.Messages;

/**
 * The labelled fields of a dialog laid out in two columns (label, field), and the reading of what
 * was typed: an empty field is null, a value that cannot be read is an
 * {@link IllegalArgumentException} whose message names the field and the value, for the dialog's
 * error line.
 */
public final class DialogFields {

    private static final int WIDTH = 280;

    private DialogFields() {
    }

    /** The two-column composite (label, field) the fields go in, filling the dialog's area. */
    public static Composite grid(Composite area) {
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        return fields;
    }

    /** A label and a one-line text holding {@code value}. */
    public static Text text(Composite parent, String label, String value) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(text);
        return text;
    }

    /** A label and a text of several lines (a description). */
    public static Text multiLineText(Composite parent, String label) {
        Label title = new Label(parent, SWT.NONE);
        title.setText(label);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
        Text text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, 70).applyTo(text);
        return text;
    }

    /** A label and a read-only choice of {@code items}, the first selected; an optional one starts with an empty entry. */
    public static Combo combo(Composite parent, String label, List<String> items, boolean optional) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        if (optional) {
            combo.add(""); //$NON-NLS-1$
        }
        items.forEach(combo::add);
        combo.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    /** The date typed as 2020-12-31, or null when the field is empty. */
    public static LocalDate date(String label, Text field) {
        String text = field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.DialogFields_notADate, label, text), e);
        }
    }

    /** The amount typed (thousands separators allowed), or null when the field is empty. */
    public static BigDecimal decimal(String label, Text field) {
        String text = field.getText().strip().replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.DialogFields_notANumber, label, field.getText()), e);
        }
    }

    /** The whole number typed; an empty field is not a number. */
    public static int integer(String label, Text field) {
        try {
            return Integer.parseInt(field.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.DialogFields_notANumber, label, field.getText()), e);
        }
    }
}
