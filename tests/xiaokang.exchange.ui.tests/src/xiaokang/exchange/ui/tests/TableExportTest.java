package xiaokang.exchange.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.edit.ui.RecordTables;
import xiaokang.edit.ui.internal.TableExport;

/** Every records table offers 导出到 Excel…, which writes what the table shows, sorted as shown. */
class TableExportTest {

    record Row(String name, int people) {
    }

    @Test
    void aTableIsWrittenAsItIsShown(@TempDir Path folder) throws Exception {
        Shell shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        try {
            shell.setLayout(new GridLayout());
            TableViewer table = RecordTables.create(shell, 200);
            RecordTables.column(table, "户主", 100, Row.class, Row::name);
            RecordTables.column(table, "人数", 60, Row.class, r -> String.valueOf(r.people()), Row::people);
            table.setInput(List.of(new Row("王大", 3), new Row("李二", 1), new Row("张三", 2)));
            table.getTable().getColumn(1).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("导出到 Excel…", table.getTable().getMenu().getItem(0).getText());
            Path out = folder.resolve("table.csv");
            TableExport.write(table.getTable(), out);
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(List.of("\uFEFF户主,人数", "李二,1", "张三,2", "王大,3"), lines, "sorted by 人数 as the table shows it");
        } finally {
            shell.dispose();
        }
    }
}
