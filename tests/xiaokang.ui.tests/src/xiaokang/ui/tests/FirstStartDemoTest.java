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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.ui.internal.FirstStartDemo;

class FirstStartDemoTest {

    @TempDir
    Path folder;

    @Test
    void withoutADatabaseTheDemoCountyIsBuiltInTheBackground() throws Exception {
        Path db = folder.resolve("db");
        StatusLineManager statusLine = new StatusLineManager();
        Display display = Display.getCurrent();

        FirstStartDemo job = FirstStartDemo.scheduleIfMissing(db);
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
        assertNull(FirstStartDemo.scheduleIfMissing(db), "a second start keeps the database");
    }
}
