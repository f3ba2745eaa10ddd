package xiaokang.industry.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import xiaokang.edit.ui.TableColumns;

/** The read-only, sortable tables of the industry editors and pages, and how they write money. */
final class Tables {

    private Tables() {
    }

    /** A table of {@code rows} filling its parent's width; double-click hands the row to {@code open}. */
    static <T> TableViewer create(Composite parent, int heightHint, Class<T> type, Consumer<T> open) {
        TableViewer table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, heightHint).applyTo(table.getControl());
        table.addDoubleClickListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (type.isInstance(row)) {
                open.accept(type.cast(row));
            }
        });
        return table;
    }

    /** A column whose rows sort by the text shown, or by {@code key} when the text is a number. */
    static <T> void column(TableViewer table, String title, int width, Class<T> type, Function<T, String> text,
            Function<T, ? extends Comparable<?>> key) {
        TableColumns.sortable(TableColumns.add(table, title, width, SWT.LEFT, type, text), table, type, key);
    }

    static <T> void column(TableViewer table, String title, int width, Class<T> type, Function<T, String> text) {
        column(table, title, width, type, text, text);
    }

    /** 12,345 (yuan, no decimals unless there are some); an unknown amount reads so. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return Messages.Gain_unknown;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
