package xiaokang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.action.StatusLineManager;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.data.FirstStartData;
import xiaokang.ui.internal.FirstStartDemo;

class FirstStartDemoTest {

    @TempDir
    Path folder;

    @Test
    void withoutADatabaseTheDemoCountyIsBuiltInTheBackground() throws Exception {
        Path db = folder.resolve("db");
        StatusLineManager statusLine = new StatusLineManager();
        Display display = Display.getCurrent();

        FirstStartData data = PlatformUI.getWorkbench().getService(FirstStartData.class);
        assertNotNull(data, "the product's demo county is registered as the first start's data");
        FirstStartDemo job = FirstStartDemo.scheduleIfMissing(db, data);
        assertNotNull(job);
        job.reportTo(display, statusLine);
        long deadline = System.currentTimeMillis() + 300_000;
        while (job.getResult() == null) {
            assertTrue(System.currentTimeMillis() < deadline, "the demo database was not built within five minutes: " + job.state());
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }

        assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
        assertTrue(Files.exists(db.resolve("service.properties")));
        assertTrue(job.state().startsWith("演示数据库已建成"), job.state());
        assertNull(FirstStartDemo.scheduleIfMissing(db, data), "a second start keeps the database");
    }
}
