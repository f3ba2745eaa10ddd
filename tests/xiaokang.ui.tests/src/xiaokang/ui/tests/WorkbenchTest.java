package xiaokang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;

import xiaokang.ui.XiaokangPerspective;

/** The workbench as the product starts it: title, perspective, menus, commands. */
class WorkbenchTest {

    private static IWorkbenchWindow window() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        return window;
    }

    @Test
    void productIsXiaokang() {
        assertEquals("xiaokang.ui.product", Platform.getProduct().getId());
        assertEquals("小康工作台", Platform.getProduct().getName());
    }

    @Test
    void windowIsTitledWithTheProductName() {
        assertEquals("小康工作台", window().getShell().getText());
    }

    @Test
    void xiaokangPerspectiveIsOpen() {
        assertEquals(XiaokangPerspective.ID, window().getActivePage().getPerspective().getId());
    }

    @Test
    void mainMenuSpeaksChinese() {
        List<String> menus = Arrays.stream(window().getShell().getMenuBar().getItems()).map(MenuItem::getText).toList();

        assertTrue(menus.containsAll(List.of("文件(&F)", "编辑(&E)", "窗口(&W)", "帮助(&H)")), menus::toString);
    }

    @Test
    void aboutCommandIsHandledByTheProduct() {
        Command about = PlatformUI.getWorkbench().getService(ICommandService.class)
                .getCommand("org.eclipse.ui.help.aboutAction");

        assertTrue(about.isHandled());
        assertTrue(about.isEnabled());
    }
}
