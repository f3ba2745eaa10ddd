package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import xiaokang.data.DataLocation;
import xiaokang.data.DatabaseSettings;
import xiaokang.store.Database;
import xiaokang.store.StoreException;

/** The database a desk uses, as set in the preferences: kept in the data folder, checked, and followed by the commands. */
class DatabaseSettingsTest {

    @AfterEach
    void backToTheDefault() throws StoreException {
        DatabaseSettings.DEFAULT.save();
    }

    @Test
    void theDefaultIsTheEmbeddedDatabaseInTheDataFolder() throws StoreException {
        DatabaseSettings settings = DatabaseSettings.read();
        assertEquals(DatabaseSettings.DEFAULT, settings);
        assertEquals(DataLocation.defaultFolder(), settings.embeddedFolder());
        assertTrue(settings.database().isEmbedded());
    }

    @Test
    void aServerWithAUserIsSavedAndUsedByTheCommands() throws StoreException {
        DatabaseSettings server = new DatabaseSettings(null, "jdbc:derby://records.county:1527/xiaokang", " clerk ");
        server.save();
        DatabaseSettings read = DatabaseSettings.read();
        assertEquals(server, read);
        assertEquals("clerk", read.user());
        Database database = read.database();
        assertFalse(database.isEmbedded());
        assertEquals("records.county:1527/xiaokang", database.description());
        // A command logs in as the user the settings name, with a password never on its command line.
        StoreException e = assertThrows(StoreException.class, () -> DataLocation.resolve(null));
        assertTrue(e.getMessage().contains("clerk") && e.getMessage().contains("XIAOKANG_PASSWORD"), e.getMessage());
        assertFalse(DataLocation.resolve("/tmp/elsewhere").description().contains("records"), "--db still wins");
    }

    @Test
    void anotherFolderIsKept() throws StoreException {
        Path folder = Path.of("/srv/xiaokang/db");
        new DatabaseSettings(folder, null, null).save();
        assertEquals(folder, DatabaseSettings.read().embeddedFolder());
        assertEquals(folder.toString(), DataLocation.resolve(null).description());
    }

    @Test
    void aWrongAddressIsRefusedWithItsText() {
        DatabaseSettings wrong = new DatabaseSettings(null, "http://records.county/xiaokang", null);
        assertTrue(wrong.problem().contains("http://records.county/xiaokang"), wrong.problem());
        StoreException refused = assertThrows(StoreException.class, wrong::save);
        assertEquals(wrong.problem(), refused.getMessage());
        assertEquals(DatabaseSettings.DEFAULT, DatabaseSettings.read(), "nothing saved");
        assertTrue(new DatabaseSettings(null, "jdbc:derby://h:1527/x;user=a", null).problem().contains("用户"));
        assertNull(new DatabaseSettings(null, "  ", "  ").serverUrl(), "blank fields are no server");
    }
}
