package xiaokang.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.derby.drda.NetworkServerControl;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.cli.Folders;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Cadre;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkUnit;
import xiaokang.exchange.RegistryExport;
import xiaokang.server.internal.OfficeDatabase;
import xiaokang.server.internal.TlsKeys;
import xiaokang.store.internal.ScopedSql;
import xiaokang.store.ConflictException;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;
import xiaokang.store.UserAccounts;
import xiaokang.store.UserAccounts.Role;

/**
 * An office's database on a real Derby network server asking every connection for a login, started here:
 * who may log in, what each role may change, and two desks as two users on one household.
 */
class OfficeServerTest {

    private static final String ADMIN_PASSWORD = "admin-secret-1";
    private static final String PASSWORD = "desk-secret-1";
    private static final List<EPackage> CORE = List.of(CorePackage.eINSTANCE);

    private static Path home;
    private static NetworkServerControl server;
    private static String url;

    @BeforeAll
    static void startServer() throws Exception {
        home = Files.createTempDirectory("xiaokang-server");
        // Read once, when the engine boots: before anything below opens a database.
        System.setProperty("derby.system.home", home.toString());
        Path folder = home.resolve("office");
        String admin = OfficeDatabase.init(folder, null, ADMIN_PASSWORD, CORE, List.of(), new NullProgressMonitor());
        assertEquals("admin", admin);
        Store owner = Store.open(Database.embedded(folder).as("admin", ADMIN_PASSWORD), CORE);
        try (Session session = owner.openSession("ignored")) {
            City city = CoreFactory.eINSTANCE.createCity();
            city.setName("邵东市");
            WorkUnit unit = CoreFactory.eINSTANCE.createWorkUnit();
            unit.setName("市住建局");
            city.getWorkUnits().add(unit);
            for (String name : List.of("陈立", "李华")) {
                Cadre cadre = CoreFactory.eINSTANCE.createCadre();
                cadre.setName(name);
                unit.getCadres().add(cadre);
            }
            int n = 0;
            for (String name : List.of("两市塘街道", "火厂坪镇")) {
                Township township = CoreFactory.eINSTANCE.createTownship();
                township.setName(name);
                city.getTownships().add(township);
                Village village = CoreFactory.eINSTANCE.createVillage();
                village.setName(name + "一村");
                township.getVillages().add(village);
                // 两市塘街道 has two households, 火厂坪镇 one: counts tell the townships apart
                for (int h = 0; h < 2 - n; h++) {
                    Household household = CoreFactory.eINSTANCE.createHousehold();
                    household.setNumber("43058210" + n + h);
                    household.setPhone("138073" + n + h + "678");
                    // 陈立 answers for one household in each township, 李华 for the other of 两市塘街道
                    household.setCadre(unit.getCadres().get(h));
                    village.getHouseholds().add(household);
                    Person person = CoreFactory.eINSTANCE.createPerson();
                    person.setName(name + "户主" + h);
                    person.setIdNumber("43052119800101" + n + h + "12");
                    household.getMembers().add(person);
                }
                n++;
            }
            session.add(city);
            session.commit();
        }
        try (Connection connection = owner.connect()) {
            UserAccounts.add(connection, "wang", Role.CITY, List.of(), PASSWORD, "admin");
            UserAccounts.add(connection, "li", Role.CITY, List.of(), PASSWORD, "admin");
            UserAccounts.add(connection, "zhao", Role.TOWNSHIP, List.of("火厂坪镇"), PASSWORD, "admin");
            UserAccounts.add(connection, "reader", Role.READER, List.of(), PASSWORD, "admin");
            UserAccounts.add(connection, "leaver", Role.CITY, List.of(), PASSWORD, "admin");
            UserAccounts.add(connection, "forgetful", Role.CITY, List.of(), PASSWORD, "admin");
            UserAccounts.add(connection, "chen", Role.CADRE, List.of("两市塘街道"), "陈立", PASSWORD, "admin");
        }
        owner.database().shutdown();
        // As server start does: whoever creates another database there or shuts its engine down logs in as a user of this one.
        UserAccounts.serveLogins("office");

        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(new StringWriter()));
        for (int i = 0; i < 100; i++) {
            try {
                server.ping();
                break;
            } catch (Exception notYet) {
                Thread.sleep(100);
            }
        }
        url = "jdbc:derby://localhost:" + port + "/office";
    }

    @AfterAll
    static void stopServer() throws Exception {
        new NetworkServerControl(InetAddress.getLoopbackAddress(), server == null ? 0 : portOf(url), "admin", ADMIN_PASSWORD).shutdown();
        Folders.delete(home);
    }

    private static int portOf(String address) {
        return Integer.parseInt(address.replaceFirst(".*:(\\d+)/.*", "$1"));
    }

    private static Database as(String user, String password) throws StoreException {
        return Database.fromUrl(url).as(user, password);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageNamingTheUser() {
        StoreException e = assertThrows(StoreException.class, () -> as("wang", "not-the-password").connect());

        assertTrue(e.getMessage().contains("wang") && e.getMessage().contains("拒绝"), e.getMessage());
    }

    @Test
    void noOneConnectsWithoutLoggingIn() {
        StoreException e = assertThrows(StoreException.class, () -> Database.fromUrl(url).connect());

        assertTrue(e.getMessage().contains("--user"), e.getMessage());
    }

    @Test
    void aDisabledUserIsRefusedUntilTheirPasswordIsReset() throws Exception {
        try (Connection connection = connect(as("leaver", PASSWORD))) {
            assertEquals("LEAVER", currentUser(connection));
        }
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD))) {
            UserAccounts.disable(admin, "leaver");
        }
        StoreException e = assertThrows(StoreException.class, () -> as("leaver", PASSWORD).connect());
        assertTrue(e.getMessage().contains("leaver"), e.getMessage());
        assertTrue(lastRefusal("leaver").contains("停用"), lastRefusal("leaver"));

        try (Connection admin = connect(as("admin", ADMIN_PASSWORD))) {
            UserAccounts.reset(admin, "leaver", "a-new-secret");
            assertFalse(UserAccounts.find(admin, "leaver").disabled());
        }
        try (Connection connection = connect(as("leaver", "a-new-secret"))) {
            assertEquals("LEAVER", currentUser(connection));
        }
    }

    @Test
    void aReaderChangesNothingThroughTheStoreOrPlainSql() throws Exception {
        Store store = Store.open(as("reader", PASSWORD), CORE);
        try (Session session = store.openSession("reader")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            city.setName("改名");
            StoreException e = assertThrows(StoreException.class, session::commit);
            assertTrue(e.getMessage().contains("reader") && e.getMessage().contains("无权"), e.getMessage());
        }
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            assertRefused(() -> statement.executeUpdate("UPDATE CORE.CITY SET NAME = 'x'"));
            assertRefused(() -> statement.executeUpdate("INSERT INTO XK.AUDIT (CHANGED_AT, WHO, ACTION, TABLE_NAME, OBJECT_ID) "
                    + "VALUES (CURRENT_TIMESTAMP, 'x', 'UPDATE', 'CORE.CITY', 1)"));
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM CORE.CITY"));
        }
    }

    @Test
    void aTownshipUserSeesTheirTownshipAloneThroughEveryPath() throws Exception {
        Store zhao = Store.open(as("zhao", PASSWORD), CORE);
        long elsewhere;
        int ownPeople;
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            elsewhere = count(statement, "SELECT MIN(H.ID) FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                    + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME = '两市塘街道'");
            ownPeople = count(statement, "SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID "
                    + "JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME = '火厂坪镇'");
            assertEquals(3, count(statement, "SELECT COUNT(*) FROM CORE.PERSON"));
        }
        try (Session session = zhao.openSession("os-user")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            List<Township> townships = session.children(city, CorePackage.Literals.CITY__TOWNSHIPS);
            assertEquals(List.of("火厂坪镇"), townships.stream().map(Township::getName).toList(), "the navigator's townships");
            assertEquals(ownPeople, session.search(CorePackage.Literals.PERSON, "户主", 100).size(), "a search");
            assertNull(session.get(CorePackage.Literals.HOUSEHOLD, elsewhere), "a household of another township by its id");
        }
        try (Connection connection = zhao.connect(); Statement statement = connection.createStatement()) {
            assertEquals(ownPeople, count(statement, "SELECT COUNT(*) FROM CORE.PERSON"), "a report's or an export's SQL");
            assertEquals(0, count(statement, "select count(*) from core.household where id = " + elsewhere));
            assertEquals(ownPeople, count(statement, "-- a report's query opens with a comment\nSELECT COUNT(*) FROM CORE.PERSON"));
            // a tool's own connection reads the tables themselves, which a township user may not
            Statement raw = ScopedSql.unwrap(connection).createStatement();
            assertRefused(() -> raw.executeQuery("SELECT NAME FROM CORE.PERSON"));
        }
        assertEquals(ownPeople, RegistryExport.write(zhao, home.resolve("zhao-all.csv"), null, false, new NullProgressMonitor()),
                "an export of the whole registry");
    }

    @Test
    void aTownshipUserChangesTheirOwnRecordsAndIsRefusedTheCitysWithTheAttemptAudited() throws Exception {
        Store zhao = Store.open(as("zhao", PASSWORD), CORE);
        int refusedBefore = refusals("zhao");
        try (Session session = zhao.openSession("os-user")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township own = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            Household household = session.<Household>children(session.<Village>children(own, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0),
                    CorePackage.Literals.VILLAGE__HOUSEHOLDS).get(0);
            household.setAddress("火厂坪镇一村三组");
            session.commit();

            city.setName("改名市");
            StoreException cityWide = assertThrows(StoreException.class, session::commit);
            assertTrue(cityWide.getMessage().contains("zhao") && cityWide.getMessage().contains("火厂坪镇")
                    && cityWide.getMessage().contains("全市"), cityWide.getMessage());
            city.setName("邵东市");

            Township added = CoreFactory.eINSTANCE.createTownship();
            added.setName("新设乡");
            city.getTownships().add(added);
            StoreException elsewhere = assertThrows(StoreException.class, session::commit);
            assertTrue(elsewhere.getMessage().contains("新设乡") && elsewhere.getMessage().contains("不在其中"), elsewhere.getMessage());
        }
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE ADDRESS = '火厂坪镇一村三组'"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM CORE.TOWNSHIP WHERE NAME = '新设乡'"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM CORE.CITY WHERE NAME = '改名市'"));
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM XK.AUDIT WHERE WHO = 'zhao' AND ACTION = 'UPDATE' AND NEW_VALUE = '火厂坪镇一村三组'"));
        }
        assertEquals(refusedBefore + 2, refusals("zhao"));
    }

    @Test
    void aCadreSeesAndChangesTheHouseholdsPairedWithThemAlone() throws Exception {
        int paired;
        int pairedPeople;
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            String theirs = " JOIN CORE.CADRE C ON H.CADRE_ID = C.ID JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                    + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE C.NAME = '陈立' AND T.NAME = '两市塘街道'";
            paired = count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD H" + theirs);
            pairedPeople = count(statement, "SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID" + theirs);
            assertEquals(2, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                    + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME = '两市塘街道'"), "two households in the cadre's township");
        }
        Store chen = Store.open(as("chen", PASSWORD), CORE);
        try (Connection connection = chen.connect(); Statement statement = connection.createStatement()) {
            assertEquals(paired, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD"), "their households");
            assertEquals(pairedPeople, count(statement, "SELECT COUNT(*) FROM CORE.PERSON"), "their households' members");
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM CORE.TOWNSHIP"), "their township, as the navigator's root");
        }
        int refusedBefore = refusals("chen");
        try (Session session = chen.openSession("os-user")) {
            City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
            Township own = session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
            Village village = session.<Village>children(own, CorePackage.Literals.TOWNSHIP__VILLAGES).get(0);
            List<Household> households = session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
            assertEquals(paired, households.size(), "the navigator's households");
            households.get(0).setAddress("两市塘街道一村陈立户");
            session.commit();

            Household other = CoreFactory.eINSTANCE.createHousehold();
            other.setNumber("430582109999");
            WorkUnit unit = session.<WorkUnit>children(city, CorePackage.Literals.CITY__WORK_UNITS).get(0);
            other.setCadre(session.<Cadre>children(unit, CorePackage.Literals.WORK_UNIT__CADRES).get(1));
            village.getHouseholds().add(other);
            StoreException e = assertThrows(StoreException.class, session::commit, "a household paired with another cadre");
            assertTrue(e.getMessage().contains("chen") && e.getMessage().contains("结对帮扶"), e.getMessage());
        }
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            assertEquals(1, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE ADDRESS = '两市塘街道一村陈立户'"));
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE NUMBER = '430582109999'"));
        }
        assertEquals(refusedBefore + 1, refusals("chen"));
    }

    @Test
    void aCadreIsNamedByTheCadreRecordTheyAre() throws Exception {
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD))) {
            assertMessage("--cadre", () -> UserAccounts.add(admin, "hu", Role.CADRE, List.of("火厂坪镇"), PASSWORD, "admin"));
            assertMessage("没有", () -> UserAccounts.add(admin, "hu", Role.CADRE, List.of("火厂坪镇"), "无此人", PASSWORD, "admin"));
            assertMessage("只有帮扶干部", () -> UserAccounts.add(admin, "hu", Role.CITY, List.of(), "陈立", PASSWORD, "admin"));
            assertEquals(null, UserAccounts.find(admin, "hu"));
            assertEquals("陈立", UserAccounts.find(admin, "chen").cadre());
        }
    }

    @Test
    void aTownshipUserNamingAnotherTownshipOrItsRecordIsRefusedAndTheAttemptAudited() throws Exception {
        Store zhao = Store.open(as("zhao", PASSWORD), CORE);
        long elsewhere;
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            elsewhere = count(statement, "SELECT MIN(H.ID) FROM CORE.HOUSEHOLD H JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID "
                    + "JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID WHERE T.NAME = '两市塘街道'");
        }
        int refusedBefore = refusals("zhao");
        assertEquals(List.of("火厂坪镇"), zhao.townships());
        zhao.checkTownship("火厂坪镇");
        zhao.checkTownship("没有这个乡");

        assertMessage("两市塘街道 不在其中", () -> zhao.checkTownship("两市塘街道"));
        assertMessage("CORE.HOUSEHOLD #" + elsewhere + " 不在其中", () -> zhao.checkVisible("CORE.HOUSEHOLD", elsewhere));
        Path list = home.resolve("zhao.csv");
        assertMessage("两市塘街道 不在其中", () -> RegistryExport.write(zhao, list, "两市塘街道", false, new NullProgressMonitor()));
        assertFalse(Files.exists(list));

        assertEquals(refusedBefore + 3, refusals("zhao"));
        assertEquals(List.of(), Store.open(as("wang", PASSWORD), CORE).townships());
    }

    /** How many attempts of {@code user} the audit records as refused. */
    private static int refusals(String user) throws Exception {
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            return count(statement, "SELECT COUNT(*) FROM XK.AUDIT WHERE ACTION = 'REFUSED' AND WHO = '" + user + "'");
        }
    }

    @Test
    void aReaderSeesIdAndPhoneNumbersMaskedEverywhere() throws Exception {
        Store reader = Store.open(as("reader", PASSWORD), CORE);
        try (Session session = reader.openSession("os-user")) {
            List<Person> people = session.search(CorePackage.Literals.PERSON, "户主", 100);
            assertEquals(3, people.size());
            for (Person person : people) {
                assertTrue(person.getIdNumber().matches("430521\\*{8}\\d{3}2"), person.getIdNumber());
            }
        }
        try (Connection connection = reader.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT PHONE FROM CORE.HOUSEHOLD ORDER BY NUMBER")) {
                rows.next();
                assertEquals("138****0678", rows.getString(1));
            }
            assertEquals(0, count(statement, "SELECT COUNT(*) FROM XK.AUDIT WHERE TABLE_NAME = 'CORE.PERSON' AND NEW_VALUE IS NOT NULL"));
            try (ResultSet rows = statement.executeQuery("SELECT H.NUMBER, P.ID_NUMBER FROM CORE.HOUSEHOLD H JOIN CORE.PERSON P "
                    + "ON P.HOUSEHOLD_ID = H.ID ORDER BY P.ID_NUMBER")) {
                rows.next();
                assertEquals("430521********0012", rows.getString("ID_NUMBER"), "a join's column, by name");
                assertEquals("430521********0012", rows.getObject(2));
                assertEquals("4305821000", rows.getString(1), "a column that holds no personal number");
            }
        }
        Path list = home.resolve("reader.csv");
        assertEquals(3, RegistryExport.write(reader, list, null, false, new NullProgressMonitor()));
        String exported = Files.readString(list);
        assertTrue(exported.contains("430521********0012") && !exported.contains("430521198001010012"), exported);
    }

    @Test
    void fiveWrongPasswordsInARowLockTheUserAndEveryRefusedLoginIsAudited() throws Exception {
        for (int i = 0; i < 4; i++) {
            assertThrows(StoreException.class, () -> as("forgetful", "not-the-password").connect());
        }
        // the right password before the fifth wrong one starts the count again
        connect(as("forgetful", PASSWORD)).close();
        for (int i = 0; i < 5; i++) {
            assertThrows(StoreException.class, () -> as("forgetful", "not-the-password").connect());
        }
        StoreException locked = assertThrows(StoreException.class, () -> as("forgetful", PASSWORD).connect());

        assertTrue(locked.getMessage().contains("forgetful") && locked.getMessage().contains("锁定"), locked.getMessage());
        assertEquals(4 + 5 + 1, refusals("forgetful"));
        assertTrue(lastRefusal("forgetful").contains("锁定"), lastRefusal("forgetful"));
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD)); Statement statement = admin.createStatement()) {
            Timestamp until = UserAccounts.list(admin).stream().filter(a -> a.name().equals("forgetful")).findFirst().orElseThrow().lockedUntil();
            long minutes = (until.getTime() - System.currentTimeMillis()) / 60_000;
            assertTrue(minutes >= 14 && minutes <= 15, until.toString());
            // fifteen minutes later
            statement.executeUpdate("UPDATE XK.LOGINS SET LOCKED_UNTIL = {fn TIMESTAMPADD(SQL_TSI_MINUTE, -1, CURRENT_TIMESTAMP)} WHERE NAME = 'forgetful'");
        }
        connect(as("forgetful", PASSWORD)).close();
    }

    @Test
    void anUnknownNameIsRefusedAndAuditedAsTried() throws Exception {
        assertThrows(StoreException.class, () -> as("nobody", PASSWORD).connect());

        assertEquals(1, refusals("nobody"));
    }

    @Test
    void thePasswordHashesAreTheAdministratorsAloneAndTheCheckHasNoPasswordToGuess() throws Exception {
        for (String user : List.of("wang", "reader", "zhao")) {
            try (Connection connection = connect(as(user, PASSWORD)); Statement statement = connection.createStatement()) {
                assertRefused(() -> statement.executeQuery("SELECT PASSWORD FROM XK.LOGINS"));
                assertRefused(() -> statement.executeUpdate("UPDATE XK.LOGINS SET FAILURES = 0"));
            }
        }
        assertThrows(StoreException.class, () -> as("xk_logins", "").connect());
        assertThrows(StoreException.class, () -> as("xk_logins", ADMIN_PASSWORD).connect());
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD));
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery("SELECT PASSWORD FROM XK.LOGINS WHERE NAME = 'wang'")) {
            rows.next();
            assertFalse(rows.getString(1).contains(PASSWORD), "a hash, not the password");
        }
    }

    /** The message of the last refusal the audit records for {@code user}. */
    private static String lastRefusal(String user) throws Exception {
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD));
                Statement statement = admin.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT NEW_VALUE FROM XK.AUDIT WHERE ACTION = 'REFUSED' AND WHO = '" + user + "' ORDER BY ID DESC FETCH FIRST ROW ONLY")) {
            return rows.next() ? rows.getString(1) : "";
        }
    }

    @Test
    void anEditorCannotRewriteTheAuditTheTablesOrTheUsers() throws Exception {
        try (Connection connection = connect(as("wang", PASSWORD)); Statement statement = connection.createStatement()) {
            int audit = count(statement, "SELECT COUNT(*) FROM XK.AUDIT");
            assertTrue(audit > 0);
            assertRefused(() -> statement.executeUpdate("UPDATE XK.AUDIT SET WHO = 'someone else'"));
            assertRefused(() -> statement.executeUpdate("DELETE FROM XK.AUDIT"));
            assertRefused(() -> statement.execute("DROP TABLE CORE.CITY"));
            assertRefused(() -> statement.execute("ALTER TABLE CORE.CITY ADD COLUMN X INT"));
            assertRefused(() -> statement.executeUpdate("UPDATE XK.USERS SET ROLE = 'admin'"));
            assertRefused(() -> statement
                    .executeUpdate("INSERT INTO XK.LOGINS (NAME, PASSWORD, FAILURES, CHANGED_AT) VALUES ('intruder', 'x', 0, CURRENT_TIMESTAMP)"));
            assertEquals(audit, count(statement, "SELECT COUNT(*) FROM XK.AUDIT"));
        }
    }

    @Test
    void twoDesksAsTwoUsersOnOneRecordMakeAConflictAndTheAuditNamesBoth() throws Exception {
        Store wangDesk = Store.open(as("wang", PASSWORD), CORE);
        Store liDesk = Store.open(as("li", PASSWORD), CORE);
        long townshipId;
        try (Session wang = wangDesk.openSession("os-user"); Session li = liDesk.openSession("os-user")) {
            Township mine = firstTownship(wang);
            Township theirs = firstTownship(li);
            townshipId = wang.id(mine);

            mine.setCode("430582001");
            wang.commit();
            theirs.setCode("430582999");
            assertThrows(ConflictException.class, li::commit);
        }
        try (Session li = liDesk.openSession("os-user")) {
            firstTownship(li).setCode("430582002");
            li.commit();
        }
        List<String> who = new ArrayList<>();
        try (Connection connection = connect(as("admin", ADMIN_PASSWORD));
                PreparedStatement query = connection.prepareStatement(
                        "SELECT WHO, NEW_VALUE FROM XK.AUDIT WHERE OBJECT_ID = ? AND ATTRIBUTE = 'CODE' ORDER BY ID")) {
            query.setLong(1, townshipId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    who.add(rows.getString(1) + ":" + rows.getString(2));
                }
            }
        }
        assertEquals(List.of("wang:430582001", "li:430582002"), who);
    }

    @Test
    void theAdministratorAloneAddsUsersAndBadInputIsNamed() throws Exception {
        try (Connection connection = connect(as("wang", PASSWORD))) {
            assertThrows(StoreException.class, () -> UserAccounts.add(connection, "sneaky", Role.CITY, List.of(), PASSWORD, "wang"));
        }
        try (Connection admin = connect(as("admin", ADMIN_PASSWORD))) {
            assertMessage("没有名为“不存在乡”的乡镇",
                    () -> UserAccounts.add(admin, "sun", Role.TOWNSHIP, List.of("不存在乡"), PASSWORD, "admin"));
            assertMessage("用户名“Sun Li”不可用", () -> UserAccounts.add(admin, "Sun Li", Role.CITY, List.of(), PASSWORD, "admin"));
            assertMessage("密码太短", () -> UserAccounts.add(admin, "sun", Role.CITY, List.of(), "short", "admin"));
            assertMessage("已经存在", () -> UserAccounts.add(admin, "wang", Role.CITY, List.of(), PASSWORD, "admin"));
            assertEquals(List.of("火厂坪镇"), UserAccounts.find(admin, "zhao").townships());
            assertEquals(null, UserAccounts.find(admin, "sun"));
        }
    }

    @Test
    void aDatabaseMadeWithoutLoginsIsAdoptedWithItsOwnerAsAdministrator() throws Throwable {
        Path folder = home.resolve("desk");
        // A desk's own database, made where no engine-wide login is asked (the server's setting is for its JVM).
        withoutEngineLogins(() -> adopt(folder));
    }

    @Test
    void anEncryptedDatabaseHoldsNoRecordReadableWithoutItsBootPassword() throws Throwable {
        // Made where no engine-wide login is asked, as a laptop's database is.
        withoutEngineLogins(() -> {
            Path laptop = home.resolve("laptop");
            OfficeDatabase.init(laptop, null, ADMIN_PASSWORD, new OfficeDatabase.Encryption("boot-secret-1"), CORE, List.of(),
                    new NullProgressMonitor());
            addTownship(Database.embedded(laptop).booting(";bootPassword=boot-secret-1").as("admin", ADMIN_PASSWORD), "SECRETTOWNSHIP");
            Path desk = home.resolve("plain-desk");
            addTownship(Database.embedded(desk), "SECRETTOWNSHIP");

            assertTrue(holds(desk, "SECRETTOWNSHIP"), "a plain database's files hold its records as they are");
            assertFalse(holds(laptop, "SECRETTOWNSHIP"), "an encrypted one's do not");
            StoreException e = assertThrows(StoreException.class, () -> Database.embedded(laptop).as("admin", ADMIN_PASSWORD).connect());
            assertTrue(e.getMessage().contains(laptop.toString()), e.getMessage());
        });
    }

    /** Runs {@code work} as on a desk, where the engine asks no login of its own (the server's setting is for its JVM). */
    private static void withoutEngineLogins(org.junit.jupiter.api.function.Executable work) throws Throwable {
        String provider = System.clearProperty("derby.authentication.provider");
        String required = System.clearProperty("derby.connection.requireAuthentication");
        try {
            work.execute();
        } finally {
            System.setProperty("derby.authentication.provider", provider);
            System.setProperty("derby.connection.requireAuthentication", required);
        }
    }

    @Test
    void aServerWithTlsServesEncryptedConnectionsAlone() throws Exception {
        Path keys = home.resolve("tls");
        TlsKeys.make(keys);
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        String address = "jdbc:derby://localhost:" + port + "/office";
        TlsKeys.useForServer(keys);
        try {
            // It ends with the tests' JVM: Derby's control connection keeps the first server's way of speaking.
            new NetworkServerControl(InetAddress.getLoopbackAddress(), port).start(new PrintWriter(new StringWriter()));
            String user = null;
            for (int i = 0; i < 100 && user == null; i++) {
                try (Connection connection = connect(Database.fromUrl(address + TlsKeys.CLIENT_ATTRIBUTE).as("wang", PASSWORD))) {
                    user = currentUser(connection);
                } catch (StoreException notYet) {
                    Thread.sleep(100);
                }
            }
            assertEquals("WANG", user, "a desk with TLS");
            assertThrows(StoreException.class, () -> Database.fromUrl(address).as("wang", PASSWORD).connect(), "a desk without TLS");
        } finally {
            TlsKeys.properties().forEach(System::clearProperty);
        }
    }

    private static void addTownship(Database database, String name) throws Exception {
        try (Session session = Store.open(database, CORE).openSession("os-user")) {
            Township township = CoreFactory.eINSTANCE.createTownship();
            township.setName(name);
            session.add(township);
            session.commit();
        }
        database.shutdown();
    }

    /** Whether any file of a database folder holds {@code text}'s bytes. */
    private static boolean holds(Path folder, String text) throws Exception {
        byte[] wanted = text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i + wanted.length <= bytes.length; i++) {
                    if (java.util.Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void adopt(Path folder) throws Exception {
        Store.open(Database.embedded(folder), CORE);
        Database.embedded(folder).shutdown();

        StoreException e = assertThrows(StoreException.class,
                () -> OfficeDatabase.init(folder, "boss", ADMIN_PASSWORD, CORE, List.of(), new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("--admin app"), e.getMessage());

        assertEquals("app", OfficeDatabase.init(folder, null, ADMIN_PASSWORD, CORE, List.of(), new NullProgressMonitor()));
        assertThrows(StoreException.class, () -> Database.embedded(folder).connect());
        try (Connection connection = connect(Database.embedded(folder).as("app", ADMIN_PASSWORD))) {
            assertEquals(Role.ADMIN, UserAccounts.find(connection, "app").role());
        }
        Database.embedded(folder).as("app", ADMIN_PASSWORD).shutdown();
    }

    private static Township firstTownship(Session session) throws StoreException {
        City city = session.<City>roots(CorePackage.Literals.CITY).get(0);
        return session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS).get(0);
    }

    /** A connection that reads and writes as it goes (auto-commit), as a report or a SQL tool has. */
    private static Connection connect(Database database) throws StoreException, SQLException {
        Connection connection = database.connect();
        connection.setAutoCommit(true);
        return connection;
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("VALUES CURRENT_USER")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable sql) {
        SQLException e = assertThrows(SQLException.class, sql);
        assertTrue(e.getSQLState().startsWith("42"), e.getSQLState() + " " + e.getMessage());
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable action) {
        StoreException e = assertThrows(StoreException.class, action);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
