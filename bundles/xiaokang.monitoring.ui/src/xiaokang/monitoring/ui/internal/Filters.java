package xiaokang.monitoring.ui.internal;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import xiaokang.monitoring.Labels;

/** The choice boxes above the views' tables: 全部 first, then an enumeration's words. */
final class Filters {

    private Filters() {
    }

    static Combo combo(Composite parent, String title, Enumerator[] values, Runnable changed) {
        new Label(parent, SWT.NONE).setText(title);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.add(Messages.Filter_all);
        for (Enumerator value : values) {
            combo.add(Labels.of(value));
        }
        combo.select(0);
        combo.addListener(SWT.Selection, event -> changed.run());
        return combo;
    }

    /** The value chosen, or null for 全部. */
    static <T> T pick(T[] values, Combo combo) {
        return combo.getSelectionIndex() > 0 ? values[combo.getSelectionIndex() - 1] : null;
    }
}
