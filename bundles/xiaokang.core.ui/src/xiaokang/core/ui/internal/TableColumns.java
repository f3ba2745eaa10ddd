package xiaokang.core.ui.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;

/** The table columns of the views and editor pages: a title, a width, and the text of each row (null shows empty). */
final class TableColumns {

    private TableColumns() {
    }

    static <T> TableViewerColumn add(TableViewer table, String title, int width, int style, Class<T> type,
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
    static <T> void editable(TableViewerColumn column, TableViewer table, Class<T> type, Function<T, String> text,
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
}
