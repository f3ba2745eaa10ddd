package xiaokang.edit.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import xiaokang.exchange.TableFile;

/** 导出到 Excel… on a table's context menu: what the table shows, filtered and sorted as shown, to .xlsx or .csv. */
public final class TableExport {

    private TableExport() {
    }

    public static void addMenu(TableViewer viewer) {
        Table table = viewer.getTable();
        Menu menu = new Menu(table);
        MenuItem export = new MenuItem(menu, SWT.PUSH);
        export.setText(Messages.TableExport_menu);
        export.addListener(SWT.Selection, e -> choose(table));
        table.setMenu(menu);
    }

    private static void choose(Table table) {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(Messages.TableExport_defaultName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            write(table, Path.of(chosen));
        } catch (IOException e) {
            MessageDialog.openError(table.getShell(), Messages.TableExport_menu, NLS.bind(Messages.TableExport_failed, e.getMessage()));
        }
    }

    /** Writes the table's columns and rows as they are shown. */
    public static void write(Table table, Path out) throws IOException {
        List<String> headers = new ArrayList<>();
        for (TableColumn column : table.getColumns()) {
            headers.add(column.getText());
        }
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            List<String> row = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                row.add(item.getText(i));
            }
            rows.add(row);
        }
        TableFile.write(out, Messages.TableExport_sheet, headers, rows);
    }
}
