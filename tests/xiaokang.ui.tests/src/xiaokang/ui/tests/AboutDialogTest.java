package xiaokang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

import xiaokang.ui.XiaokangPerspective;
import xiaokang.ui.internal.AboutDialog;

class AboutDialogTest {

    private AboutDialog dialog;

    private List<String> openAndReadLabels() {
        dialog = new AboutDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        List<String> texts = new ArrayList<>();
        collectLabels(dialog.getShell(), texts);
        return texts;
    }

    private static void collectLabels(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectLabels(child, texts);
            }
        }
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
    }

    @Test
    void showsTheProductVersion() {
        String version = FrameworkUtil.getBundle(XiaokangPerspective.class).getVersion().toString();

        List<String> labels = openAndReadLabels();

        assertTrue(labels.contains("版本 " + version), labels::toString);
    }

    @Test
    void isTitledAndNamesTheProduct() {
        List<String> labels = openAndReadLabels();

        assertEquals("关于小康工作台", dialog.getShell().getText());
        assertTrue(labels.contains("小康工作台"), labels::toString);
    }
}
