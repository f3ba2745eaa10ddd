package xiaokang.industry.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.ecore.EPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.core.Models;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordExport;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.EnterpriseKind;
import xiaokang.industry.model.IndustryFactory;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** A plug-in's class imports through the exchange bundle's one path: the industry plug-in has no import code of its own. */
class CooperativeImportTest {

    @TempDir
    Path folder;
    private Store store;
    private List<EPackage> packages;
    private ModelLabels labels;

    @BeforeEach
    void county() throws Exception {
        packages = Models.read(Platform.getExtensionRegistry());
        store = Store.open(Database.embedded(folder.resolve("db")), packages);
        labels = ModelLabels.read(Platform.getExtensionRegistry(), packages);
        City city = CoreFactory.eINSTANCE.createCity();
        city.setCode("430582");
        city.setName("邵东市");
        Township township = CoreFactory.eINSTANCE.createTownship();
        township.setCode("430582022");
        township.setName("斫石曹乡");
        city.getTownships().add(township);
        for (String name : List.of("长流村", "新塘村")) {
            Village village = CoreFactory.eINSTANCE.createVillage();
            village.setCode("430582022" + name.hashCode());
            village.setName(name);
            township.getVillages().add(village);
        }
        Enterprise enterprise = IndustryFactory.eINSTANCE.createEnterprise();
        enterprise.setName("湘中农业公司");
        enterprise.setKind(EnterpriseKind.LEADING_AGRICULTURAL);
        Cooperative known = IndustryFactory.eINSTANCE.createCooperative();
        known.setName("斫石曹养蜂合作社");
        known.setRegistrationNumber("93430582MA4L000000");
        known.setMembers(80);
        try (Session session = store.openSession("tester")) {
            session.add(city);
            session.add(enterprise);
            session.add(known);
            session.commit();
        }
    }

    private ImportResult run(Path file) throws Exception {
        return RecordImport.run(store, packages, labels, IndustryPackage.Literals.COOPERATIVE, file, RecordImport.Options.defaults("tester"),
                new NullProgressMonitor());
    }

    private long count(String sql) throws Exception {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void cooperativesImportByTheirLabelsAndReadBackUnchanged() throws Exception {
        assertEquals(IndustryPackage.Literals.COOPERATIVE, RecordSheet.find("合作社", packages, labels).orElseThrow());
        Path csv = folder.resolve("cooperatives.csv");
        Files.writeString(csv, """
                名称,统一社会信用代码,乡镇,覆盖村,成员数,贫困户成员数,主要产品,合作龙头企业
                邵东黄花菜合作社,93430582MA4L000001,斫石曹乡,斫石曹乡/长流村、新塘村,120,35,黄花菜,湘中农业公司
                ,93430582MA4L000000,,,90,,,
                """, StandardCharsets.UTF_8);
        ImportResult result = run(csv);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(1, 1), List.of(result.newRecords(), result.updatedRecords()));
        assertEquals(2, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE C JOIN CORE.TOWNSHIP T ON T.ID = C.TOWNSHIP_ID "
                + "JOIN INDUSTRY.ENTERPRISE E ON E.ID = C.ENTERPRISE_ID WHERE C.NAME = '邵东黄花菜合作社' AND T.NAME = '斫石曹乡' "
                + "AND E.NAME = '湘中农业公司' AND C.MEMBERS = 120 AND C.POOR_MEMBER_HOUSEHOLDS = 35"));
        assertEquals(2, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE_VILLAGES L JOIN INDUSTRY.COOPERATIVE C ON C.ID = L.OWNER_ID "
                + "WHERE C.REGISTRATION_NUMBER = '93430582MA4L000001'"));
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE WHERE REGISTRATION_NUMBER = '93430582MA4L000000' AND MEMBERS = 90 "
                + "AND NAME = '斫石曹养蜂合作社'"), "an update changes the columns given, and a blank cell nothing");

        Path out = folder.resolve("cooperatives.xlsx");
        assertEquals(2, RecordExport.write(store, packages, labels, IndustryPackage.Literals.COOPERATIVE, out, null, false, new NullProgressMonitor()));
        long audit = count("SELECT COUNT(*) FROM XK.AUDIT");
        ImportResult back = run(out);
        assertEquals(List.of(), back.problems());
        assertEquals(List.of(0, 0), List.of(back.newRecords(), back.updatedRecords()), back.changes().toString());
        assertEquals(audit, count("SELECT COUNT(*) FROM XK.AUDIT"));
    }

    @Test
    void anUnknownReferenceIsARowErrorThatNamesTheKey() throws Exception {
        Path csv = folder.resolve("bad.csv");
        Files.writeString(csv, "名称,统一社会信用代码,合作龙头企业\n甲合作社,93430582MA4L000002,无此公司\n", StandardCharsets.UTF_8);
        ImportResult result = run(csv);
        assertEquals(1, result.problems().size());
        assertEquals(List.of(2, "合作龙头企业"), List.of(result.problems().get(0).row(), result.problems().get(0).column()));
        assertTrue(result.problems().get(0).message().contains("无此公司"), result.problems().get(0).message());
        assertEquals(1, count("SELECT COUNT(*) FROM INDUSTRY.COOPERATIVE"));
    }
}
