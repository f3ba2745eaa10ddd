package xiaokang.edit.ui;

import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Table;

/**
 * Table columns for every plug-in's views and editor pages: a title, a width, and the text of each
 * row (null shows empty); optionally editable, optionally sorted by a click on the header.
 */
public final class TableColumns {

    private TableColumns() {
    }

    public static <T> TableViewerColumn add(TableViewer table, String title, int width, int style, Class<T> type,
            Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, style);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> {
            String value = text.apply(type.cast(element));
            return value == null ? "" : value; //$NON-NLS-1$
        }));
        return column;
    }

    /** Lets the user type over the column's text; what was typed goes to {@code set}. */
    public static <T> void editable(TableViewerColumn column, TableViewer table, Class<T> type, Function<T, String> text,
            BiConsumer<T, String> set) {
        column.setEditingSupport(new EditingSupport(table) {
            private final TextCellEditor cells = new TextCellEditor(table.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return cells;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                String value = text.apply(type.cast(element));
                return value == null ? "" : value; //$NON-NLS-1$
            }

            @Override
            protected void setValue(Object element, Object value) {
                set.accept(type.cast(element), ((String) value).trim());
            }
        });
    }

    /**
     * A click on the header sorts the rows by {@code key}, a second click reverses the order.
     * Numbers and dates sort as such when {@code key} returns them.
     */
    public static <T> void sortable(TableViewerColumn column, TableViewer table, Class<T> type,
            Function<T, ? extends Comparable<?>> key) {
        column.getColumn().addListener(SWT.Selection, event -> {
            Table control = table.getTable();
            boolean ascending = control.getSortColumn() != column.getColumn() || control.getSortDirection() == SWT.DOWN;
            control.setSortColumn(column.getColumn());
            control.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
            Comparator<Object> order = Comparator.comparing(element -> key.apply(type.cast(element)),
                    Comparator.nullsFirst(TableColumns::compare));
            table.setComparator(new ViewerComparator() {
                @Override
                public int compare(Viewer viewer, Object a, Object b) {
                    int result = order.compare(a, b);
                    return ascending ? result : -result;
                }
            });
        });
    }

    /**
     * Shows the rows {@code alert} picks in red in every column added so far: a task past its
     * deadline. Call it after the last column; the columns keep their texts, not their editing.
     */
    public static <T> void alert(TableViewer table, Class<T> type, Predicate<T> alert) {
        Color red = table.getControl().getDisplay().getSystemColor(SWT.COLOR_RED);
        for (int i = 0; i < table.getTable().getColumnCount(); i++) {
            ColumnLabelProvider texts = (ColumnLabelProvider) table.getLabelProvider(i);
            new TableViewerColumn(table, table.getTable().getColumn(i)).setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return texts.getText(element);
                }

                @Override
                public Color getForeground(Object element) {
                    return type.isInstance(element) && alert.test(type.cast(element)) ? red : null;
                }
            });
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compare(Comparable a, Comparable b) {
        return a.compareTo(b);
    }
}
