package xiaokang.reports.ui.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportParameter.Choice;

/**
 * A choice parameter's field: a search box that narrows the list to the choices whose name or
 * code contains what is typed (a township among 26, a village among 580), and the list itself.
 */
public final class SearchableChoice {

    private final List<Choice> choices;
    private final Combo combo;
    private List<Choice> shown;

    public SearchableChoice(Composite parent, ReportParameter parameter) {
        choices = parameter.choices();
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        Text search = new Text(box, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.ParameterDialog_search);
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(search);
        combo = new Combo(box, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(combo);
        combo.setVisibleItemCount(Math.min(choices.size(), 20));
        show(choices);
        int preset = choices.stream().map(Choice::value).toList().indexOf(parameter.defaultValue());
        combo.select(Math.max(preset, 0));
        search.addModifyListener(event -> filter(search.getText()));
    }

    private void filter(String text) {
        String typed = text.trim().toLowerCase(Locale.ROOT);
        show(choices.stream().filter(choice -> choice.label().toLowerCase(Locale.ROOT).contains(typed)
                || choice.value().toLowerCase(Locale.ROOT).contains(typed)).toList());
        combo.select(0);
    }

    private void show(List<Choice> matching) {
        shown = matching;
        combo.setItems(matching.stream().map(Choice::label).toArray(String[]::new));
    }

    /** The chosen value, or empty when the search matches nothing. */
    public String value() {
        int index = combo.getSelectionIndex();
        return index < 0 || index >= shown.size() ? "" : shown.get(index).value(); //$NON-NLS-1$
    }
}
