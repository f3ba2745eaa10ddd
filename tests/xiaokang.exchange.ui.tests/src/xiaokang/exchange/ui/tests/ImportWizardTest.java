package xiaokang.exchange.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

import xiaokang.core.IdNumbers;
import xiaokang.core.Models;
import xiaokang.data.WorkbenchStore;
import xiaokang.exchange.ui.internal.ImportWizard;
import xiaokang.reports.testing.TestWorkbenchStore;
import xiaokang.store.Database;
import xiaokang.store.Store;
import xiaokang.ui.testing.Workbench;

/** A desk imports a list through File ▸ 导入…: the dry run shows the bad row and refuses; the fixed list imports. */
class ImportWizardTest {

    @TempDir
    Path folder;
    private Store store;
    private ServiceRegistration<WorkbenchStore> service;

    /** The wizard's dialog with its buttons pressed as a user presses them. */
    private static final class Dialog extends WizardDialog {
        Dialog(ImportWizard wizard) {
            super(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
            setBlockOnOpen(false);
        }

        void press(int button) {
            buttonPressed(button);
        }
    }

    @BeforeEach
    void emptyDatabase() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), Models.read(org.eclipse.core.runtime.Platform.getExtensionRegistry()));
        service = TestWorkbenchStore.serve(store);
    }

    @AfterEach
    void release() {
        service.unregister();
    }

    private Path list(String name, String health) throws Exception {
        List<String> lines = new ArrayList<>(List.of("邵东市建档立卡人员名单", "县（市、区）,乡（镇）,行政村,户编号,户主姓名,姓名,证件号码,与户主关系,健康状况"));
        String head = IdNumbers.of("430582", LocalDate.of(1960, 3, 1), 11);
        String spouse = IdNumbers.of("430582", LocalDate.of(1962, 5, 2), 22);
        lines.add("邵东市,廉桥镇,长流村,430582100001,王大,王大," + head + ",户主,健康");
        lines.add("邵东市,廉桥镇,长流村,430582100001,王大,李二," + spouse + ",配偶," + health);
        return Files.write(folder.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private long households() throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CORE.HOUSEHOLD")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void theDryRunShowsTheBadRowAndTheFixedListImports() throws Exception {
        ImportWizard wizard = new ImportWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(WorkbenchStore.class));
        Dialog dialog = new Dialog(wizard);
        dialog.open();
        try {
            Text file = find(dialog.getShell(), Text.class).get(0);
            file.setText(list("bad.csv", "很好").toString());
            dialog.press(IDialogConstants.NEXT_ID);

            assertEquals("check", dialog.getCurrentPage().getName());
            assertNotNull(dialog.getCurrentPage().getErrorMessage());
            Table problems = find(dialog.getShell(), Table.class).get(0);
            assertEquals(1, problems.getItemCount());
            assertEquals("4", problems.getItem(0).getText(1), "the row as the sheet numbers it");
            assertEquals("健康状况", problems.getItem(0).getText(2));
            assertFalse(wizard.canFinish());

            dialog.press(IDialogConstants.BACK_ID);
            file.setText(list("good.csv", "残疾").toString());
            dialog.press(IDialogConstants.NEXT_ID);
            assertTrue(wizard.canFinish(), String.valueOf(dialog.getCurrentPage().getErrorMessage()));
            assertEquals(0, households(), "a dry run writes nothing");
            dialog.press(IDialogConstants.FINISH_ID);
            Workbench.settle(wizard.importing());
            assertEquals(1, households());
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
        }
    }

    @Test
    void aClassImportsWithAPreviewOfItsColumns() throws Exception {
        Path places = list("places.csv", "健康");
        Path villages = Files.writeString(folder.resolve("villages.csv"), "乡镇,名称,代码,贫困村,备注\n廉桥镇,新塘村,430582100002,否,新建\n",
                StandardCharsets.UTF_8);
        for (Path file : List.of(places, villages)) {
            ImportWizard wizard = new ImportWizard(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(WorkbenchStore.class));
            Dialog dialog = new Dialog(wizard);
            dialog.open();
            try {
                if (file == villages) {
                    Combo holds = find(dialog.getShell(), Combo.class).get(0);
                    holds.select(List.of(holds.getItems()).indexOf("村（core.Village）"));
                    holds.notifyListeners(SWT.Selection, new Event());
                }
                find(dialog.getShell(), Text.class).get(0).setText(file.toString());
                if (file == villages) {
                    Table preview = find(dialog.getShell(), Table.class).get(0);
                    assertEquals(5, preview.getItemCount(), "each column of the file");
                    assertEquals(List.of("乡镇", "乡镇", "廉桥镇"), List.of(preview.getItem(0).getText(0), preview.getItem(0).getText(1),
                            preview.getItem(0).getText(2)));
                    assertEquals("（不读）", preview.getItem(4).getText(1), "a column the class does not have");
                }
                dialog.press(IDialogConstants.NEXT_ID);
                assertTrue(wizard.canFinish(), String.valueOf(dialog.getCurrentPage().getErrorMessage()));
                dialog.press(IDialogConstants.FINISH_ID);
                Workbench.settle(wizard.importing());
            } finally {
                if (dialog.getShell() != null) {
                    dialog.close();
                }
            }
        }
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM CORE.VILLAGE WHERE NAME = '新塘村' AND POOR = FALSE")) {
            rows.next();
            assertEquals(1, rows.getLong(1));
        }
    }

    private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && child.isVisible()) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, type));
            }
        }
        return found;
    }
}
