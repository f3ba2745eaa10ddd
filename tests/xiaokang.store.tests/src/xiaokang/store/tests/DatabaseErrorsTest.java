package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import xiaokang.store.internal.DatabaseErrors;

/** Derby's errors as Derby raises them (state chains), turned into sentences that name the place. */
class DatabaseErrorsTest {

    private static SQLException chain(String outerState, String innerState, String innerMessage) {
        SQLException outer = new SQLException("Failed to start database '/data/db'", outerState);
        outer.setNextException(new SQLException(innerMessage, innerState));
        return outer;
    }

    @Test
    void anotherProcessHoldingTheDatabaseIsSaidPlainly() {
        String message = DatabaseErrors.describe(chain("XJ040", "XSDB6",
                "Another instance of Derby may have already booted the database /data/db."), "/data/db");

        assertTrue(message.contains("/data/db") && message.contains("另一个程序"), message);
    }

    @Test
    void aFullDiskSaysNothingWasWritten() {
        SQLException full = new SQLException("Java exception: 'No space left on device'", "XJ001");
        full.initCause(new IOException("No space left on device"));

        String message = DatabaseErrors.describe(full, "/data/db");

        assertTrue(message.contains("磁盘已满") && message.contains("没有写入任何内容"), message);
    }

    @Test
    void anUnknownErrorKeepsDerbysWordsAndThePlace() {
        String message = DatabaseErrors.describe(new SQLException("Table/View 'X' does not exist.", "42X05"), "db.example:1527/xk");

        assertTrue(message.contains("db.example:1527/xk") && message.contains("does not exist"), message);
    }
}
