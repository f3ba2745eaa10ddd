package xiaokang.reports.ui.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Type;

/**
 * Asks for a report's parameters, one field per parameter the design declares: a list with a
 * search field when the design offers choices (such as the townships in the database), a check box for yes/no, else a
 * text field with the design's default. The engine checks the values and says what is wrong.
 */
final class ParameterDialog extends Dialog {

    private final ReportDescriptor report;
    private final List<ReportParameter> parameters;
    private final Map<String, Supplier<String>> fields = new LinkedHashMap<>();
    private Map<String, String> values = Map.of();

    ParameterDialog(Shell parent, ReportDescriptor report, List<ReportParameter> parameters) {
        super(parent);
        this.report = report;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.ParameterDialog_title, report.name()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        for (ReportParameter parameter : parameters) {
            Label label = new Label(area, SWT.NONE);
            label.setText(parameter.required() ? parameter.label() + " *" : parameter.label()); //$NON-NLS-1$
            fields.put(parameter.name(), field(area, parameter));
        }
        return area;
    }

    private static Supplier<String> field(Composite area, ReportParameter parameter) {
        if (!parameter.choices().isEmpty()) {
            return new SearchableChoice(area, parameter)::value;
        }
        if (parameter.type() == Type.BOOLEAN) {
            Button check = new Button(area, SWT.CHECK);
            check.setSelection(Boolean.parseBoolean(parameter.defaultValue()));
            return () -> Boolean.toString(check.getSelection());
        }
        Text text = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        text.setText(parameter.defaultValue() == null ? "" : parameter.defaultValue()); //$NON-NLS-1$
        if (parameter.type() == Type.DATE) {
            text.setMessage(Messages.ParameterDialog_dateHint);
        }
        return text::getText;
    }

    @Override
    protected void okPressed() {
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String value = field.get();
            if (!value.isEmpty()) {
                given.put(name, value);
            }
        });
        values = given;
        super.okPressed();
    }

    /** The values entered, by parameter name; empty fields are left out (the design's default applies). */
    Map<String, String> values() {
        return values;
    }
}
