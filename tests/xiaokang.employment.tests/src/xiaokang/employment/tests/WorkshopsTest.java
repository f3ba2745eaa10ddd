package xiaokang.employment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.employment.MemberJobs;
import xiaokang.employment.Workshops;
import xiaokang.employment.model.EmploymentFactory;
import xiaokang.employment.model.EmploymentPackage;
import xiaokang.employment.model.Participant;
import xiaokang.employment.model.ReturnCampaign;
import xiaokang.employment.model.ReturnEntry;
import xiaokang.employment.model.ReturnStatus;
import xiaokang.employment.model.Training;
import xiaokang.employment.model.TrainingKind;
import xiaokang.employment.model.Workshop;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** The employment model through the store, and taking a poor worker on at a workshop as its editor does. */
class WorkshopsTest {

    private static final EmploymentFactory F = EmploymentFactory.eINSTANCE;

    private static Person person(Household household, String name, String idNumber, Relation relation) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdNumber(idNumber);
        person.setRelation(relation);
        person.setLabourAbility(LabourAbility.FULL);
        household.getMembers().add(person);
        return person;
    }

    @Test
    void aPoorWorkerIsTakenOnListedAndLetGo(@TempDir Path folder) throws Exception {
        Store store = Store.open(Database.embedded(folder.resolve("db")), Models.read(Platform.getExtensionRegistry()));
        City city = CoreFactory.eINSTANCE.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = CoreFactory.eINSTANCE.createTownship();
        township.setCode("430582008");
        township.setName("牛马司镇");
        city.getTownships().add(township);
        Village village = CoreFactory.eINSTANCE.createVillage();
        village.setCode("430582008001");
        village.setName("牛马司村");
        township.getVillages().add(village);
        Household poor = CoreFactory.eINSTANCE.createHousehold();
        poor.setNumber("4305820080010001");
        poor.setStatus(HouseholdStatus.LIFTED_OUT);
        poor.setRegistered(true);
        village.getHouseholds().add(poor);
        Person worker = person(poor, "曾桂英", "430521198503150028", Relation.HEAD);
        Household edge = CoreFactory.eINSTANCE.createHousehold();
        edge.setNumber("4305820080010002");
        edge.setStatus(HouseholdStatus.EDGE);
        village.getHouseholds().add(edge);
        person(edge, "李建国", "430521197801010017", Relation.HEAD);

        Workshop workshop = F.createWorkshop();
        workshop.setName("康汇服装有限公司扶贫车间");
        workshop.setOperator("康汇服装有限公司");
        workshop.setTownship(township);
        workshop.setVillage(village);
        workshop.setWorkers(42);
        workshop.setOpened(LocalDate.of(2018, 5, 1));
        Training training = F.createTraining();
        training.setCourse("电子商务培训班");
        training.setKind(TrainingKind.SKILLS);
        training.setStartDate(LocalDate.of(2020, 4, 1));
        Participant participant = F.createParticipant();
        participant.setPerson(worker);
        participant.setCertified(true);
        training.getParticipants().add(participant);
        ReturnCampaign campaign = F.createReturnCampaign();
        campaign.setName("2020年返岗");
        campaign.setYear(2020);
        ReturnEntry entry = F.createReturnEntry();
        entry.setPerson(worker);
        entry.setStatus(ReturnStatus.BACK_AT_WORK);
        campaign.getEntries().add(entry);
        long workshopId;
        try (Session session = store.openSession("test")) {
            session.add(city);
            session.add(workshop);
            session.add(training);
            session.add(campaign);
            session.commit();
            workshopId = session.id(workshop);
        }
        try (Session session = store.openSession("test")) {
            Workshop read = session.get(EmploymentPackage.Literals.WORKSHOP, workshopId);
            assertEquals(42, read.getWorkers());
            assertEquals("牛马司村", read.getVillage().getName());
            ReturnCampaign stored = session.<ReturnCampaign>roots(EmploymentPackage.Literals.RETURN_CAMPAIGN).get(0);
            List<ReturnEntry> entries = session.children(stored, EmploymentPackage.Literals.RETURN_CAMPAIGN__ENTRIES);
            assertEquals("曾桂英", entries.get(0).getPerson().getName(), "contained entries and their references round-trip");
        }

        long job = Workshops.addWorker(store, workshopId, new Workshops.NewWorker(" 430521198503150028 ", LocalDate.of(2020, 3, 2),
                new BigDecimal("2400"), new BigDecimal("20000")), "test");
        long household;
        try (Connection connection = store.connect()) {
            List<Workshops.Worker> workers = Workshops.workers(connection, workshopId);
            household = workers.get(0).householdId();
            assertEquals(List.of("曾桂英"), workers.stream().map(Workshops.Worker::name).toList());
            assertEquals(job, workers.get(0).employmentId());
            Workshops.Row row = Workshops.list(connection).get(0);
            assertEquals(1, row.poorWorkers());
            assertEquals(43, row.workers(), "the hire counts among the workshop's workers");
            assertEquals(0, new BigDecimal("20000").compareTo(row.averageGain()));
            List<MemberJobs.Entry> jobs = MemberJobs.ofHousehold(connection, workers.get(0).householdId());
            assertEquals(2, jobs.size(), "the job and the course");
            assertTrue(jobs.stream().anyMatch(e -> e.job() && e.what().equals("康汇服装有限公司扶贫车间") && e.to() == null));
            assertTrue(jobs.stream().anyMatch(e -> !e.job() && e.what().equals("电子商务培训班")));
        }

        StoreException twice = assertThrows(StoreException.class, () -> Workshops.addWorker(store, workshopId,
                new Workshops.NewWorker("430521198503150028", LocalDate.of(2020, 5, 1), null, null), "test"));
        assertTrue(twice.getMessage().contains("已在本车间务工"), twice.getMessage());
        StoreException notPoor = assertThrows(StoreException.class, () -> Workshops.addWorker(store, workshopId,
                new Workshops.NewWorker("430521197801010017", LocalDate.of(2020, 5, 1), null, null), "test"));
        assertTrue(notPoor.getMessage().contains("李建国"), notPoor.getMessage());
        StoreException unknown = assertThrows(StoreException.class, () -> Workshops.addWorker(store, workshopId,
                new Workshops.NewWorker("430521199901010000", LocalDate.of(2020, 5, 1), null, null), "test"));
        assertTrue(unknown.getMessage().contains("430521199901010000"), unknown.getMessage());
        assertThrows(StoreException.class, () -> Workshops.addWorker(store, workshopId,
                new Workshops.NewWorker("430521197801010017", null, null, null), "test"));
        assertThrows(StoreException.class, () -> Workshops.addWorker(store, workshopId,
                new Workshops.NewWorker("430521197801010017", LocalDate.of(2020, 5, 1), new BigDecimal("-1"), null), "test"));

        Workshops.endJob(store, job, LocalDate.of(2020, 12, 31), "test");
        try (Connection connection = store.connect()) {
            assertTrue(Workshops.workers(connection, workshopId).isEmpty());
            assertEquals(42, Workshops.list(connection).get(0).workers(), "the leaver no longer does");
            assertEquals(2, MemberJobs.ofHousehold(connection, household).size(), "the ended job stays in the history");
        }
    }
}
