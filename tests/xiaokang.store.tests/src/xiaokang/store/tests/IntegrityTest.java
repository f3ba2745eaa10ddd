package xiaokang.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.City;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Village;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** References kept by the database: a delete that would leave one dangling is refused, or clears it where the model says so. */
class IntegrityTest {

    @TempDir
    Path folder;
    private Store store;
    private EPackage notes;
    private EClass note;
    private EReference noteCadre;

    @BeforeEach
    void open() throws StoreException {
        notes = notesPackage();
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE, notes));
        try (Session session = store.openSession("测试")) {
            session.add(SampleCity.create());
            session.commit();
        }
    }

    /** A plug-in's model whose note names a cadre and lets the reference go when the cadre goes. */
    private EPackage notesPackage() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        EPackage ePackage = f.createEPackage();
        ePackage.setName("notes");
        ePackage.setNsPrefix("notes");
        ePackage.setNsURI("http://xiaokang/test/notes");
        note = f.createEClass();
        note.setName("Note");
        EAttribute text = f.createEAttribute();
        text.setName("text");
        text.setEType(EcorePackage.Literals.ESTRING);
        note.getEStructuralFeatures().add(text);
        noteCadre = f.createEReference();
        noteCadre.setName("cadre");
        noteCadre.setEType(CorePackage.Literals.CADRE);
        EcoreUtil.setAnnotation(noteCadre, "http://xiaokang/store", "onDelete", "setNull");
        note.getEStructuralFeatures().add(noteCadre);
        ePackage.getEClassifiers().add(note);
        return ePackage;
    }

    private Cadre cadre(Session session) throws Exception {
        return session.get(CorePackage.Literals.CADRE, id("SELECT ID FROM CORE.CADRE"));
    }

    /** The city's cadre, the households they answered for handed to nobody yet (in memory, saved with the next commit). */
    private Cadre withoutHouseholds(Session session) throws Exception {
        Cadre cadre = cadre(session);
        City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
        SampleCity.loadAll(session, city);
        for (Household household : city.getTownships().get(0).getVillages().get(0).getHouseholds()) {
            household.setCadre(null);
        }
        return cadre;
    }

    @Test
    void aCadreWhoStillAnswersForHouseholdsIsNotDeletedAndTheMessageNamesThem() throws Exception {
        try (Session session = store.openSession("测试")) {
            Cadre cadre = cadre(session);
            session.delete(cadre);
            StoreException refused = assertThrows(StoreException.class, session::commit);
            assertTrue(refused.getMessage().contains("刘敏") && refused.getMessage().contains("2 条")
                    && refused.getMessage().contains("Household 4305821042010001") && refused.getMessage().contains("Household 4305821042010002"),
                    refused.getMessage());
        }
        assertEquals(1, id("SELECT COUNT(*) FROM CORE.CADRE"), "nothing written");
        assertEquals(0, id("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'DELETE'"));
    }

    @Test
    void theDatabaseItselfRefusesADeleteThatLeavesAReferenceBehind() throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM CORE.CADRE"));
            assertEquals("23513", refused.getSQLState(), refused.getMessage());
            assertEquals(2, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = (SELECT ID FROM CORE.CADRE)"));
        }
    }

    @Test
    void aCadreWhoseHouseholdsWentToAnotherIsDeletedInTheSameSave() throws Exception {
        try (Session session = store.openSession("测试")) {
            Cadre cadre = withoutHouseholds(session);
            session.delete(cadre);
            session.commit();
        }
        assertEquals(0, id("SELECT COUNT(*) FROM CORE.CADRE"));
    }

    @Test
    void deletingTheWholeCityTakesEveryReferenceWithIt() throws Exception {
        try (Session session = store.openSession("测试")) {
            session.delete(session.<City>roots(CorePackage.Literals.CITY).get(0));
            session.commit();
        }
        assertEquals(0, id("SELECT COUNT(*) FROM CORE.HOUSEHOLD") + id("SELECT COUNT(*) FROM CORE.CADRE"));
    }

    @Test
    void aReferenceTheModelLetsGoIsClearedAndAudited() throws Exception {
        long noteId;
        try (Session session = store.openSession("测试")) {
            Cadre cadre = withoutHouseholds(session);
            EObject written = EcoreUtil.create(note);
            written.eSet(noteCadre, cadre);
            session.add(written);
            session.commit();
            noteId = session.id(written);
            session.delete(cadre);
            session.commit();
        }
        assertEquals(1, id("SELECT COUNT(*) FROM NOTES.NOTE WHERE CADRE_ID IS NULL"));
        assertEquals(1, id("SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'UPDATE' AND OBJECT_ID = " + noteId
                + " AND ATTRIBUTE = 'CADRE_ID' AND NEW_VALUE IS NULL"), "the cleared reference is in the audit");
    }

    @Test
    void householdNumbersAreUniqueInTheDatabase() throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            SQLException duplicate = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE CORE.HOUSEHOLD SET NUMBER = '4305821042010001'"));
            assertEquals("23505", duplicate.getSQLState(), duplicate.getMessage());
        }
    }

    @Test
    void aLargeSaveWhoseLastRowBreaksAConstraintWritesNothing() throws Exception {
        long households = id("SELECT COUNT(*) FROM CORE.HOUSEHOLD");
        long people = id("SELECT COUNT(*) FROM CORE.PERSON");
        long changes = id("SELECT COUNT(*) FROM XK.AUDIT");
        try (Session session = store.openSession("测试")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            SampleCity.loadAll(session, city);
            Village village = city.getTownships().get(0).getVillages().get(0);
            Cadre cadre = cadre(session);
            for (int i = 0; i < 6_000; i++) {
                village.getHouseholds().add(SampleCity.household(String.format("43058210420190%04d", i), cadre, "户主" + i, i % 1000));
            }
            // The last one takes a number that is already stored: the unique index refuses it.
            village.getHouseholds().add(SampleCity.household("4305821042010001", cadre, "重号户", 999));
            StoreException refused = assertThrows(StoreException.class, session::commit);
            assertTrue(refused.getMessage().contains("没有写入任何内容"), refused.getMessage());
        }
        assertEquals(households, id("SELECT COUNT(*) FROM CORE.HOUSEHOLD"));
        assertEquals(people, id("SELECT COUNT(*) FROM CORE.PERSON"));
        assertEquals(changes, id("SELECT COUNT(*) FROM XK.AUDIT"), "no audit row of a save that did not happen");
    }

    private long id(String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            return count(statement, sql);
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
