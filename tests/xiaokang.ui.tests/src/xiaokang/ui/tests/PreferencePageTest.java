package xiaokang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import xiaokang.data.DatabaseSettings;
import xiaokang.ui.internal.WorkbenchPreferencePage;

/** A user points the desk at the county's database server and switches to English in the preferences. */
class PreferencePageTest {

    private Shell shell;
    private WorkbenchPreferencePage page;

    @BeforeEach
    void open() {
        shell = new Shell(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        page = new WorkbenchPreferencePage();
        page.init(PlatformUI.getWorkbench());
        page.createControl(shell);
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        DatabaseSettings.DEFAULT.save();
        InstanceScope.INSTANCE.getNode(WorkbenchPreferencePage.NODE).remove(WorkbenchPreferencePage.LANGUAGE);
    }

    @Test
    void showsTheEmbeddedDefaultInChinese() {
        assertEquals(DatabaseSettings.DEFAULT, page.settings());
        assertEquals("zh_CN", page.languageCode());
    }

    @Test
    void savesAServerAndTheLanguageForTheNextStart() {
        DatabaseSettings server = new DatabaseSettings(null, "jdbc:derby://records.county:1527/xiaokang", "clerk");
        page.show(server, "en");
        assertTrue(page.performOk());
        assertEquals(server, DatabaseSettings.read());
        assertEquals("en", InstanceScope.INSTANCE.getNode(WorkbenchPreferencePage.NODE).get(WorkbenchPreferencePage.LANGUAGE, null),
                "the start script reads it from the data folder");
    }

    @Test
    void refusesAWrongAddressAndSaysWhy() {
        page.show(new DatabaseSettings(null, "records.county:1527", null), "zh_CN");
        assertFalse(page.performOk());
        assertTrue(page.getErrorMessage().contains("jdbc:derby://"), page.getErrorMessage());
        assertEquals(DatabaseSettings.DEFAULT, DatabaseSettings.read());
    }
}
