package xiaokang.education.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.junit.jupiter.api.Test;

import xiaokang.core.Severity;
import xiaokang.core.ui.HouseholdEditors;
import xiaokang.data.FindingSource;
import xiaokang.education.Dropouts;
import xiaokang.education.HouseholdAid;
import xiaokang.education.model.AidKind;
import xiaokang.education.model.EnrolmentStatus;
import xiaokang.education.ui.internal.HouseholdEducationPage;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.testing.DemoCountyTest;
import xiaokang.reports.testing.RenderedReports;
import xiaokang.reports.testing.TestServices;
import xiaokang.reports.testing.TestWorkbenchStore;
import java.sql.ResultSet;
import xiaokang.ui.testing.GenericForms;
import xiaokang.education.model.EducationPackage;
import xiaokang.core.model.Person;

/**
 * The example plug-in, seen as a county office would check it: its demo data in the demo county,
 * its rule among the Problems, its indicators, its report, and its page in the household editor.
 */
class EducationAidTest extends DemoCountyTest {

    private void update(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Test
    void everyPupilOfARegisteredHouseholdHasAnEnrolment() throws SQLException {
        long inSchool = county.count("SELECT COUNT(*) FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID"
                + " WHERE P.IN_SCHOOL AND H.REGISTERED");
        assertTrue(inSchool > 1_000, "the demo county has pupils: " + inSchool);
        assertEquals(inSchool, county.count("SELECT COUNT(*) FROM EDUCATION.ENROLMENT WHERE SCHOOL_YEAR = 2020"));
        assertEquals(0, county.count("SELECT COUNT(*) FROM EDUCATION.AID_GRANT A JOIN EDUCATION.ENROLMENT E ON A.ENROLMENT_ID = E.ID"
                + " WHERE E.STATUS <> 'ATTENDING'"), "aid goes to pupils at school");
        assertEquals(county.count("SELECT COUNT(*) FROM EDUCATION.ENROLMENT"
                + " WHERE BOARDING AND STAGE IN ('PRIMARY', 'JUNIOR_SECONDARY') AND STATUS = 'ATTENDING'"),
                county.count("SELECT COUNT(*) FROM EDUCATION.AID_GRANT WHERE KIND = 'BOARDING_ALLOWANCE'"),
                "every boarder in compulsory school gets the boarding allowance");
        assertTrue(county.count("SELECT COUNT(*) FROM EDUCATION.AID_GRANT WHERE DONOR = '创业新村家具城'") > 0, "the school aid at 永华村");
    }

    @Test
    void aDroppedOutPupilOfCompulsoryAgeIsAnErrorAndAnExemptedOneIsNot() throws SQLException {
        List<Dropouts.Dropout> dropouts = Dropouts.of(connection);
        assertEquals(6, dropouts.size());
        assertTrue(dropouts.stream().allMatch(d -> d.age() >= 6 && d.age() <= 15));
        assertEquals(9, county.count("SELECT COUNT(*) FROM EDUCATION.ENROLMENT WHERE STATUS = 'DROPPED_OUT'"),
                "three older students dropped out too, but school is not compulsory for them");
        List<FindingSource.Finding> findings = TestServices.findingSources().all(connection, LocalDate.now()).stream()
                .filter(f -> f.violation().ruleId().equals("education.dropout")).toList();
        assertEquals(6, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.violation().severity() == Severity.ERROR && f.aboutHousehold()
                && f.violation().message().contains("辍学")), findings.get(0).violation().message());

        assertEquals(5, county.count("SELECT COUNT(*) FROM EDUCATION.ENROLMENT WHERE STATUS = 'EXEMPTED'"),
                "children taught at home are exempted, not problems");
        long dropped = county.count("SELECT MIN(E.ID) FROM EDUCATION.ENROLMENT E WHERE STATUS = 'DROPPED_OUT'"
                + " AND E.PUPIL_ID = " + dropouts.get(0).personId());
        update("UPDATE EDUCATION.ENROLMENT SET STATUS = 'EXEMPTED', EXEMPTION_REASON = '缓学一年' WHERE ID = " + dropped);
        try {
            assertEquals(5, Dropouts.of(connection).size(), "an exemption ends the problem");
            assertFalse(Dropouts.of(connection).stream().anyMatch(d -> d.personId() == dropouts.get(0).personId()));
        } finally {
            update("UPDATE EDUCATION.ENROLMENT SET STATUS = 'DROPPED_OUT', EXEMPTION_REASON = NULL WHERE ID = " + dropped);
        }
    }

    @Test
    void theIndicatorsCountTheAidOfTheLatestSchoolYear() throws SQLException {
        assertEquals(county.count("SELECT COUNT(DISTINCT ENROLMENT_ID) FROM EDUCATION.AID_GRANT"),
                county.city("education.aided-pupils").longValue());
        assertEquals(county.count("SELECT SUM(AMOUNT) FROM EDUCATION.AID_GRANT"), county.city("education.aid-amount").longValue());
    }

    @Test
    void theReportStatesTheFiguresByTownshipAndStage() throws Exception {
        String text = RenderedReports.pdfText(RenderedReports.render(connection, county.folder(), "education.aid-by-stage",
                ReportFormat.PDF, Map.of("year", "2020")));
        long pupils = county.count("SELECT COUNT(*) FROM EDUCATION.ENROLMENT");
        long amount = county.count("SELECT SUM(AMOUNT) FROM EDUCATION.AID_GRANT");
        assertTrue(text.contains("在校学生" + pupils + "人") && text.contains("共" + amount + "元"), text.substring(0, 400));
        assertTrue(text.contains("辍学9人"), "the dropouts");
        assertTrue(text.contains("流泽镇") && text.contains("寄宿生生活补助") && text.contains("送教上门"));
        assertTrue(RenderedReports.render(connection, county.folder(), "education.aid-by-stage", ReportFormat.HTML,
                Map.of("year", "2020")).toFile().length() > 1_000);
    }

    @Test
    void theHouseholdEditorShowsTheEducationPage() throws Exception {
        long household = county.count("SELECT MIN(H.ID) FROM CORE.HOUSEHOLD H JOIN CORE.PERSON P ON P.HOUSEHOLD_ID = H.ID"
                + " JOIN EDUCATION.ENROLMENT E ON E.PUPIL_ID = P.ID JOIN EDUCATION.AID_GRANT A ON A.ENROLMENT_ID = E.ID");
        String number;
        try (var rows = connection.createStatement().executeQuery("SELECT NUMBER FROM CORE.HOUSEHOLD WHERE ID = " + household)) {
            rows.next();
            number = rows.getString(1);
        }
        TestWorkbenchStore.serve(county.store());
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IEditorPart editor = HouseholdEditors.open(page, county.store(), household, number);
        HouseholdEducationPage education = Adapters.adapt(((FormEditor) editor).setActivePage("education.aid"),
                HouseholdEducationPage.class);
        education.reading().join();
        while (Display.getCurrent().readAndDispatch()) {
            // let the page show what it read
        }
        List<HouseholdAid.Row> rows = education.shown();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().anyMatch(r -> r.status() == EnrolmentStatus.ATTENDING && r.amount().compareTo(BigDecimal.ZERO) > 0));
        assertTrue(rows.stream().flatMap(r -> r.aid().stream()).allMatch(a -> a.kind() instanceof AidKind));
        page.closeAllEditors(false);
    }

    @Test
    void enrolmentsAndAidGrantsAreCreatedInTheGenericFormsWithoutAFormOfThePlugInsOwn() throws Exception {
        String idNumber;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT MIN(ID_NUMBER) FROM CORE.PERSON WHERE IN_SCHOOL = TRUE")) {
            rows.next();
            idNumber = rows.getString(1);
        }
        GenericForms.roundTrip(store, EducationPackage.Literals.ENROLMENT, "EDUCATION.ENROLMENT", editor -> {
            GenericForms.choose(editor, "pupil", idNumber);
            assertEquals(idNumber, ((Person) editor.object().eGet(EducationPackage.Literals.ENROLMENT__PUPIL)).getIdNumber(),
                    "the pupil chosen by ID number");
            GenericForms.type(editor, "school", "邵东市第一中学");
        }, "schoolYear", "1900", "2024", Map.of(EducationPackage.Literals.ENROLMENT__SCHOOL_YEAR, 2024,
                EducationPackage.Literals.ENROLMENT__SCHOOL, "邵东市第一中学"));
        GenericForms.roundTrip(store, EducationPackage.Literals.AID_GRANT, "EDUCATION.AID_GRANT", editor -> {
            GenericForms.choose(editor, "enrolment", "");
            GenericForms.type(editor, "donor", "邵东市教育基金会");
        }, "amount", "一千五", "1500", Map.of(EducationPackage.Literals.AID_GRANT__AMOUNT, new BigDecimal("1500.00"),
                EducationPackage.Literals.AID_GRANT__DONOR, "邵东市教育基金会"));
    }
}
