package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.model.Cadre;
import xiaokang.core.model.CityLeader;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.core.model.WorkTeam;
import xiaokang.core.model.WorkUnit;
import xiaokang.data.HelpForces;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** A cadre is transferred: their households move to another cadre in one audited transaction, and back. */
class HelpForcesTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;

    @TempDir
    Path folder;
    private Store store;
    private long from;
    private long to;
    private final List<Long> households = new ArrayList<>();

    @BeforeEach
    void aUnitWithTwoCadres() throws Exception {
        store = Store.open(Database.embedded(folder.resolve("db")), List.of(CorePackage.eINSTANCE));
        City city = F.createCity();
        WorkUnit unit = F.createWorkUnit();
        unit.setName("邵东市农业农村局");
        city.getWorkUnits().add(unit);
        Cadre leaving = F.createCadre();
        leaving.setName("李调离");
        Cadre taking = F.createCadre();
        taking.setName("王接手");
        unit.getCadres().add(leaving);
        unit.getCadres().add(taking);
        CityLeader leader = F.createCityLeader();
        leader.setName("赵副市长");
        leader.setTitle("副市长");
        city.getLeaders().add(leader);
        city.getLeaders().add(F.createCityLeader());
        city.getLeaders().get(1).setName("钱副市长");
        Township township = F.createTownship();
        township.setName("廉桥镇");
        township.setLeader(leader);
        city.getTownships().add(township);
        Township other = F.createTownship();
        other.setName("火厂坪镇");
        other.setLeader(leader);
        city.getTownships().add(other);
        Village village = F.createVillage();
        village.setName("长流村");
        WorkTeam team = F.createWorkTeam();
        team.setLeaderName("孙队长");
        team.setSize(3);
        team.setUnit(unit);
        village.setWorkTeam(team);
        township.getVillages().add(village);
        for (int i = 0; i < 55; i++) {
            Household household = F.createHousehold();
            household.setNumber(String.format("4305821%05d", i));
            household.setStatus(HouseholdStatus.LIFTED_OUT);
            household.setCadre(leaving);
            village.getHouseholds().add(household);
        }
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.commit();
            from = session.id(leaving);
            to = session.id(taking);
            for (Household household : village.getHouseholds()) {
                households.add(session.id(household));
            }
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void fiftyHouseholdsMoveInOneAuditedTransactionAndTheMoveIsTakenBackAsOneStep() throws Exception {
        try (Connection connection = store.connect()) {
            assertEquals(55, HelpForces.households(connection, from).size());
            assertEquals(List.of(55, 0), HelpForces.cadres(connection).stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                    .map(HelpForces.Cadre::households).toList());
        }
        long batch = HelpForces.move(store, households.subList(0, 50), to, "市扶贫办张");
        assertEquals(5, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + from));
        assertEquals(50, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + to));
        assertEquals(50, count("SELECT COUNT(*) FROM XK.AUDIT WHERE BATCH_ID = " + batch
                + " AND TABLE_NAME = 'CORE.HOUSEHOLD' AND ATTRIBUTE = 'CADRE_ID' AND OLD_VALUE = '" + from + "' AND NEW_VALUE = '" + to
                + "' AND WHO = '市扶贫办张'"), "each household's change, with its old and new cadre, in the move's batch");
        assertEquals(1, count("SELECT COUNT(DISTINCT CHANGED_AT) FROM XK.AUDIT WHERE BATCH_ID = " + batch), "one transaction");

        store.withdraw(batch, "市扶贫办张");
        assertEquals(55, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + from), "the move taken back");
        assertEquals(0, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + to));
    }

    @Test
    void leadersNameTheirTownshipsAndTeamsTheirVillageAndUnit() throws Exception {
        try (Connection connection = store.connect()) {
            assertEquals(List.of("赵副市长:廉桥镇、火厂坪镇", "钱副市长:"), HelpForces.leaders(connection).stream()
                    .map(l -> l.name() + ':' + l.townships()).sorted().toList());
            List<HelpForces.Team> teams = HelpForces.teams(connection);
            assertEquals(count("SELECT COUNT(*) FROM CORE.WORK_TEAM"), teams.size());
            assertEquals("廉桥镇 长流村 孙队长 3 邵东市农业农村局", teams.get(0).township() + ' ' + teams.get(0).village() + ' '
                    + teams.get(0).leader() + ' ' + teams.get(0).size() + ' ' + teams.get(0).unit());
        }
    }

    @Test
    void aMoveNamingAHouseholdThatIsNotThereMovesNone() throws Exception {
        List<Long> some = new ArrayList<>(households.subList(0, 10));
        some.add(999_999_999L);
        StoreException refused = assertThrows(StoreException.class, () -> HelpForces.move(store, some, to, "test"));
        assertTrue(refused.getMessage().contains("999999999"), refused.getMessage());
        assertEquals(55, count("SELECT COUNT(*) FROM CORE.HOUSEHOLD WHERE CADRE_ID = " + from), "none moved");
    }
}
