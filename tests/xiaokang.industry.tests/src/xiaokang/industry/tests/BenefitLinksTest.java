package xiaokang.industry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.industry.BenefitLinks;
import xiaokang.industry.Grants;
import xiaokang.industry.LinkRow;
import xiaokang.industry.NewLink;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryFactory;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.LinkMode;
import xiaokang.industry.model.RecipientKind;
import xiaokang.industry.model.SubsidyGrant;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The industry model through the store, and linking a household as the cooperative editor does. */
class BenefitLinksTest {

    private static final IndustryFactory F = IndustryFactory.eINSTANCE;

    @Test
    void aHouseholdIsLinkedSeenFromBothSidesAndUnlinked(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        City city = CoreFactory.eINSTANCE.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = CoreFactory.eINSTANCE.createTownship();
        township.setCode("430582022");
        township.setName("斫石曹乡");
        city.getTownships().add(township);
        Village village = CoreFactory.eINSTANCE.createVillage();
        village.setCode("430582022001");
        village.setName("长流村");
        village.setPoor(true);
        township.getVillages().add(village);
        Household household = CoreFactory.eINSTANCE.createHousehold();
        household.setNumber("4305820220010001");
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        village.getHouseholds().add(household);
        for (String name : List.of("刘建华", "王秀英")) {
            Person person = CoreFactory.eINSTANCE.createPerson();
            person.setName(name);
            person.setRelation(household.getMembers().isEmpty() ? Relation.HEAD : Relation.SPOUSE);
            household.getMembers().add(person);
        }
        Cooperative cooperative = F.createCooperative();
        cooperative.setName("邵东市本草堂中药材种植专业合作社");
        cooperative.setTownship(township);
        cooperative.getVillages().add(village);
        cooperative.setMainProducts("芍药");
        IndustryBase base = F.createIndustryBase();
        base.setName("斫石曹万亩芍药基地");
        base.setProduct("芍药");
        base.setArea(new BigDecimal("10000.5"));
        base.setCooperative(cooperative);
        SubsidyGrant grant = F.createSubsidyGrant();
        grant.setRecipientKind(RecipientKind.HOUSEHOLD);
        grant.setHousehold(household);
        grant.setAmount(new BigDecimal("1500"));
        grant.setYear(2020);
        grant.setPolicy("产业奖补");
        long cooperativeId;
        long baseId;
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.add(cooperative);
            session.add(base);
            session.add(grant);
            session.commit();
            cooperativeId = session.id(cooperative);
            baseId = session.id(base);
        }
        try (Session session = store.openSession("test")) {
            IndustryBase read = session.get(IndustryPackage.Literals.INDUSTRY_BASE, baseId);
            assertEquals(new BigDecimal("10000.5"), read.getArea().stripTrailingZeros());
            assertEquals("邵东市本草堂中药材种植专业合作社", read.getCooperative().getName());
            Cooperative coop = session.get(IndustryPackage.Literals.COOPERATIVE, cooperativeId);
            assertEquals("长流村", coop.getVillages().get(0).getName(), "many-valued references round-trip");
        }

        long first = BenefitLinks.link(store, new NewLink(" 4305820220010001 ", IndustryPackage.Literals.COOPERATIVE, cooperativeId,
                LinkMode.CAPITAL_SHARE, 2020, 2, new BigDecimal("2400")), "test");
        BenefitLinks.link(store, new NewLink("4305820220010001", IndustryPackage.Literals.INDUSTRY_BASE, baseId,
                LinkMode.LAND_TRANSFER, 2020, 1, null), "test");
        try (Connection connection = store.connect()) {
            List<LinkRow> ofCooperative = BenefitLinks.of(connection, IndustryPackage.Literals.COOPERATIVE, cooperativeId);
            assertEquals(1, ofCooperative.size());
            LinkRow row = ofCooperative.get(0);
            assertEquals(first, row.id());
            assertEquals("刘建华", row.head());
            assertEquals("斫石曹乡 长流村", row.place());
            assertEquals(LinkMode.CAPITAL_SHARE, row.mode());
            List<LinkRow> ofHousehold = BenefitLinks.ofHousehold(connection, row.householdId());
            assertEquals(2, ofHousehold.size());
            assertTrue(ofHousehold.stream().anyMatch(link -> link.partnerType() == IndustryPackage.Literals.INDUSTRY_BASE
                    && link.partner().equals("斫石曹万亩芍药基地") && link.incomeGain() == null));
            assertEquals(0, new BigDecimal("2400").compareTo(BenefitLinks.gainPerPerson(ofHousehold, 2020)));
            List<Grants.Grant> grants = Grants.ofHousehold(connection, row.householdId());
            assertEquals(1, grants.size());
            assertEquals(0, new BigDecimal("1500").compareTo(grants.get(0).amount()));
        }

        StoreException unknown = assertThrows(StoreException.class, () -> BenefitLinks.link(store, new NewLink("9999",
                IndustryPackage.Literals.COOPERATIVE, cooperativeId, LinkMode.LABOUR, 2020, 1, null), "test"));
        assertTrue(unknown.getMessage().contains("9999"), unknown.getMessage());
        StoreException tooMany = assertThrows(StoreException.class, () -> BenefitLinks.link(store, new NewLink("4305820220010001",
                IndustryPackage.Literals.COOPERATIVE, cooperativeId, LinkMode.LABOUR, 2020, 3, null), "test"));
        assertTrue(tooMany.getMessage().contains("3") && tooMany.getMessage().contains("2"), tooMany.getMessage());
        assertThrows(StoreException.class, () -> BenefitLinks.link(store, new NewLink("4305820220010001",
                IndustryPackage.Literals.COOPERATIVE, cooperativeId, LinkMode.LABOUR, 2009, 1, null), "test"));
        assertThrows(StoreException.class, () -> BenefitLinks.link(store, new NewLink("4305820220010001",
                IndustryPackage.Literals.COOPERATIVE, cooperativeId, LinkMode.LABOUR, 2020, 1, new BigDecimal("-1")), "test"));

        BenefitLinks.unlink(store, first, "test");
        try (Connection connection = store.connect()) {
            assertTrue(BenefitLinks.of(connection, IndustryPackage.Literals.COOPERATIVE, cooperativeId).isEmpty());
            assertEquals(1, BenefitLinks.ofHousehold(connection, householdId(connection)).size(),
                    "refused links wrote nothing; the base's link stays");
        }
        try (Session session = store.openSession("test")) {
            assertNull(session.get(IndustryPackage.Literals.BENEFIT_LINK, first));
        }
    }

    private static long householdId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT ID FROM CORE.HOUSEHOLD")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
