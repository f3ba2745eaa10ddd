package xiaokang.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.core.IdNumbers;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.data.internal.AuditCommand;
import xiaokang.store.Database;
import xiaokang.store.Session;
import xiaokang.store.Store;

/** {@code audit --object ID} tells a deleted household's whole life, its members' values included. */
class AuditCommandTest {

    private static final CoreFactory F = CoreFactory.eINSTANCE;
    private static final String HEAD = IdNumbers.of("430521", LocalDate.of(1968, 4, 12), 111);
    private static final String DAUGHTER = IdNumbers.of("430521", LocalDate.of(1995, 9, 3), 222);

    @TempDir
    Path folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int audit(String... arguments) throws Exception {
        return new AuditCommand().run(new CommandContext(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    @Test
    void aDeletedHouseholdsLifeIsPrintedWithItsMembersValues() throws Exception {
        Path db = folder.resolve("db");
        Store store = Store.open(Database.embedded(db), List.of(CorePackage.eINSTANCE));
        long id;
        try (Session session = store.openSession("王会计")) {
            City city = F.createCity();
            city.setName("邵东市");
            Township township = F.createTownship();
            township.setName("斫曹乡");
            city.getTownships().add(township);
            Village village = F.createVillage();
            village.setName("长流村");
            township.getVillages().add(village);
            Household household = F.createHousehold();
            household.setNumber("4305821042010001");
            household.getMembers().add(person("李建国", HEAD));
            household.getMembers().add(person("李小红", DAUGHTER));
            village.getHouseholds().add(household);
            session.add(city);
            session.commit();
            id = session.id(household);
            session.delete(household);
            session.commit();
        }
        store.database().shutdown();

        assertEquals(CliCommand.OK, audit("--object", Long.toString(id), "--db", db.toString()), err.toString(StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(6, lines.size(), "three inserts and three deletes: " + lines);
        assertTrue(lines.get(0).contains("王会计") && lines.get(0).contains("CORE.HOUSEHOLD #" + id)
                && lines.get(0).contains("\"NUMBER\":\"4305821042010001\""), lines.get(0));
        for (String idNumber : List.of(HEAD, DAUGHTER)) {
            assertTrue(lines.stream().anyMatch(l -> l.contains("删除") && l.contains("CORE.PERSON") && l.contains(idNumber)), idNumber);
        }
        assertTrue(lines.get(5).contains("删除"), "the delete comes last");
    }

    @Test
    void anUnknownObjectIsAMessageAndABadIdAUsageError() throws Exception {
        Path db = folder.resolve("db");
        Store.open(Database.embedded(db), List.of(CorePackage.eINSTANCE)).database().shutdown();

        assertEquals(CliCommand.FAILED, audit("--object", "999999", "--db", db.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("999999"));
        assertThrows(UsageException.class, () -> audit("--object", "abc", "--db", db.toString()));
        assertThrows(UsageException.class, () -> audit("--db", db.toString()));
    }

    private static Person person(String name, String idNumber) {
        Person person = F.createPerson();
        person.setName(name);
        person.setIdNumber(idNumber);
        return person;
    }
}
