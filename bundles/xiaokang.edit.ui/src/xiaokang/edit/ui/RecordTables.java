package xiaokang.edit.ui;

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
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import xiaokang.edit.ui.internal.TableExport;

/**
 * Read-only, sortable tables of stored records (a partner's linked households, a workshop's
 * workers) in editors and pages, and how they write amounts of money.
 */
public final class RecordTables {

    private RecordTables() {
    }

    /**
     * A table of rows (a list as its input) filling its parent's width, {@code heightHint} high (or
     * {@code SWT.DEFAULT}), with 导出到 Excel… on its context menu.
     */
    public static TableViewer create(Composite parent, int heightHint) {
        TableViewer table = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, heightHint).applyTo(table.getControl());
        TableExport.addMenu(table);
        return table;
    }

    /** Puts 导出到 Excel… on a table's context menu, for the tables of views and editors that are not made here. */
    public static void exportMenu(TableViewer table) {
        TableExport.addMenu(table);
    }

    /** A page of a tab folder, for a table to fill (views that list several kinds of record). */
    public static Composite tab(TabFolder tabs, String title) {
        Composite page = new Composite(tabs, SWT.NONE);
        page.setLayout(new GridLayout());
        TabItem tab = new TabItem(tabs, SWT.NONE);
        tab.setText(title);
        tab.setControl(page);
        return page;
    }

    /** A table as {@link #create(Composite, int)} whose double-click hands the row to {@code open}. */
    public static <T> TableViewer create(Composite parent, int heightHint, Class<T> type, Consumer<T> open) {
        TableViewer table = create(parent, heightHint);
        table.addDoubleClickListener(event -> {
            Object row = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (type.isInstance(row)) {
                open.accept(type.cast(row));
            }
        });
        return table;
    }

    /** A column whose rows sort by the text shown, or by {@code key} when the text is a number. */
    public static <T> void column(TableViewer table, String title, int width, Class<T> type, Function<T, String> text,
            Function<T, ? extends Comparable<?>> key) {
        TableColumns.sortable(TableColumns.add(table, title, width, SWT.LEFT, type, text), table, type, key);
    }

    public static <T> void column(TableViewer table, String title, int width, Class<T> type, Function<T, String> text) {
        column(table, title, width, type, text, text);
    }

    /** 12,345 (yuan, no decimals unless there are some); an unknown amount reads {@code unknown}. */
    public static String money(BigDecimal amount, String unknown) {
        if (amount == null) {
            return unknown;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ROOT);
        format.setGroupingUsed(true);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
