package xiaokang.education.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
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
import xiaokang.education.model.EducationPackage;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** The example plug-in's enrolments and aid grants import with no import code of its own: its labels are all it gives. */
class EnrolmentImportTest {

    private static final String PUPIL = "430582201001010014";

    @Test
    void enrolmentsAndAidImportByTheirLabels(@TempDir Path folder) throws Exception {
        List<EPackage> packages = Models.read(Platform.getExtensionRegistry());
        Store store = Store.open(Database.embedded(folder.resolve("db")), packages);
        ModelLabels labels = ModelLabels.read(Platform.getExtensionRegistry(), packages);
        try (Session session = store.openSession("tester")) {
            session.add(county());
            session.commit();
        }
        Path enrolments = folder.resolve("学籍.csv");
        Files.writeString(enrolments, "学生,学年,学校,学段,寄宿,就学状态\n" + PUPIL + ",2020,廉桥镇中心小学,小学,是,在读\n", StandardCharsets.UTF_8);
        EClass enrolment = RecordSheet.find("学籍", packages, labels).orElseThrow();
        assertEquals(EducationPackage.Literals.ENROLMENT, enrolment);
        ImportResult first = RecordImport.run(store, packages, labels, enrolment, enrolments, RecordImport.Options.defaults("tester"),
                new NullProgressMonitor());
        assertEquals(List.of(), first.problems());
        long id;
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT E.ID FROM EDUCATION.ENROLMENT E JOIN CORE.PERSON P ON P.ID = E.PUPIL_ID "
                        + "WHERE P.ID_NUMBER = '" + PUPIL + "' AND E.SCHOOL_YEAR = 2020 AND E.STAGE = 'PRIMARY' AND E.BOARDING = TRUE "
                        + "AND E.STATUS = 'ATTENDING'")) {
            rows.next();
            id = rows.getLong(1);
        }
        Path aid = folder.resolve("aid.csv");
        Files.writeString(aid, "Enrolment,Kind,Amount (yuan),Paid on\n" + id + ",国家助学金,\"1,250\",2020/9/1\n", StandardCharsets.UTF_8);
        ImportResult grants = RecordImport.run(store, packages, labels, RecordSheet.find("AidGrant", packages, labels).orElseThrow(), aid,
                RecordImport.Options.defaults("tester"), new NullProgressMonitor());
        assertEquals(List.of(), grants.problems());
        try (Connection connection = store.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM EDUCATION.AID_GRANT WHERE ENROLMENT_ID = " + id
                        + " AND KIND = 'NATIONAL_GRANT' AND AMOUNT = 1250 AND PAID = '2020-09-01'")) {
            rows.next();
            assertEquals(1, rows.getLong(1), "the English headers read too");
        }
    }

    private static City county() {
        CoreFactory f = CoreFactory.eINSTANCE;
        City city = f.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = f.createTownship();
        township.setCode("430582100");
        township.setName("廉桥镇");
        city.getTownships().add(township);
        Village village = f.createVillage();
        village.setCode("430582100001");
        village.setName("长流村");
        township.getVillages().add(village);
        Household household = f.createHousehold();
        household.setNumber("4305821000010001");
        household.setStatus(HouseholdStatus.LIFTED_OUT);
        village.getHouseholds().add(household);
        Person pupil = f.createPerson();
        pupil.setName("刘小华");
        pupil.setIdNumber(PUPIL);
        pupil.setRelation(Relation.CHILD);
        household.getMembers().add(pupil);
        return city;
    }
}
