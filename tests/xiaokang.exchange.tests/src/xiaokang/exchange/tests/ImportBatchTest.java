package xiaokang.exchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Health;
import xiaokang.core.model.Person;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.RegistryImport.Options;
import xiaokang.store.AuditLog;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** An import is one batch of the audit; withdrawn, the database is as it was before it. */
class ImportBatchTest {

    private static final List<String> TABLES = List.of("CORE.CITY", "CORE.TOWNSHIP", "CORE.VILLAGE", "CORE.VILLAGE_GROUP", "CORE.HOUSEHOLD",
            "CORE.HOUSEHOLD_CAUSES", "CORE.PERSON", "CORE.ANNUAL_INCOME");

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void firstImport() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        PersonList list = new PersonList();
        list.household("长流村", "430582100001", 3, 1);
        list.household("长流村", "430582100002", 2, 2);
        assertTrue(run(list.xlsx(folder.resolve("first.xlsx")), Options.defaults("tester")).written());
    }

    private ImportResult run(Path file, Options options) throws Exception {
        return RegistryImport.run(store, file, options, new NullProgressMonitor());
    }

    /** Every row of the registry's tables but their version numbers, which a save moves on. */
    private String snapshot() throws Exception {
        StringBuilder all = new StringBuilder();
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!meta.getColumnName(i).equals("VERSION")) {
                                values.add(meta.getColumnName(i) + "=" + rows.getString(i));
                            }
                        }
                        all.append(table).append(' ').append(values).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    /** The second import: a new household in a new village, a changed health, cause and phone, a new income year. */
    private Path changes() throws Exception {
        PersonList list = new PersonList();
        list.household("长流村", "430582100001", 3, 1);
        list.household("新建村", "430582100003", 2, 3);
        list.rows.get(1).set(PersonList.HEALTH, "残疾");
        for (int i = 0; i < 3; i++) {
            list.rows.get(i).set(19, "因残、因学");
            list.rows.get(i).set(20, "13900009999");
            list.rows.get(i).set(PersonList.INCOME, "15000");
        }
        return list.xlsx(folder.resolve("second.xlsx"));
    }

    @Test
    void aWithdrawnBatchLeavesTheDatabaseAsBeforeIt() throws Exception {
        String before = snapshot();
        ImportResult second = run(changes(), Options.defaults("tester").incomeYear(2024).createPlaces(true));
        assertTrue(second.written() && second.batch() > 0, second.problems().toString());
        assertNotEquals(before, snapshot());

        store.withdraw(second.batch(), "tester");

        assertEquals(before, snapshot());
        try (Connection connection = store.connect()) {
            List<AuditLog.Batch> batches = AuditLog.batches(connection);
            assertEquals(List.of("IMPORT", "IMPORT", "WITHDRAWAL"), batches.stream().map(AuditLog.Batch::kind).toList());
            assertEquals(batches.get(2).id(), batches.get(1).withdrawnBy());
            assertTrue(batches.get(1).description().startsWith("second.xlsx"), batches.get(1).description());
        }
        StoreException again = assertThrows(StoreException.class, () -> store.withdraw(second.batch(), "tester"));
        assertTrue(again.getMessage().contains(String.valueOf(second.batch())), again.getMessage());
    }

    @Test
    void aBatchChangedSinceIsNotWithdrawnAndTheChangeIsNamed() throws Exception {
        ImportResult second = run(changes(), Options.defaults("tester").incomeYear(2024).createPlaces(true));
        long personId;
        try (Session session = store.openSession("editor")) {
            Person person = session.<Person>find(CorePackage.Literals.PERSON__ID_NUMBER, PersonList.id(1970, 1, 2)).get(0);
            person.setHealth(Health.CHRONIC_ILLNESS);
            session.commit();
            personId = session.id(person);
        }
        String before = snapshot();

        StoreException refused = assertThrows(StoreException.class, () -> store.withdraw(second.batch(), "tester"));

        assertTrue(refused.getMessage().contains("CORE.PERSON #" + personId), refused.getMessage());
        assertEquals(before, snapshot(), "nothing undone");
    }
}
