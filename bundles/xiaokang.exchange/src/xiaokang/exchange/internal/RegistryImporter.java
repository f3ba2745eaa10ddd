package xiaokang.exchange.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.AnnualIncome;
import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.Relation;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;
import xiaokang.data.RegistryKeys;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.RegistryColumn;
import xiaokang.exchange.ImportMode;
import xiaokang.exchange.RegistryImport.Options;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * One import of a person list: read and parse row by row, check against the database's keys, then
 * apply to the households in one session, recording every value that changes; committed only when
 * nothing is wrong and it is not a dry run. The session writes a step of households at a time
 * within its one transaction and lets them go, so that a county of any size fits in memory.
 */
public final class RegistryImporter {

    private static final CorePackage P = CorePackage.eINSTANCE;
    private static final CoreFactory F = CoreFactory.eINSTANCE;
    /** The audit's kind of an import's batch. */
    public static final String BATCH_KIND = "IMPORT"; //$NON-NLS-1$

    private final Store store;
    private final Path file;
    private final Options options;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportResult.Change> changes = new ArrayList<>();
    /** The villages given new households, and the households loaded, since the last flush. */
    private final Set<Village> villagesGrown = new HashSet<>();
    private final List<Household> householdsLoaded = new ArrayList<>();
    private RowParser parser;
    private int newHouseholds;
    private int newPeople;
    private int updatedHouseholds;

    public RegistryImporter(Store store, Path file, Options options) {
        this.store = store;
        this.file = file;
        this.options = options;
    }

    public ImportResult run(SubMonitor progress) throws IOException, StoreException {
        progress.setWorkRemaining(10);
        progress.subTask(file.getFileName().toString());
        ListReader<RegistryColumn> reader = new ListReader<>(file, new RegistryColumns(options.mapping()));
        parser = new RowParser(reader.fileName(), problems);
        reader.read(parser::row);
        problems.addAll(0, reader.problems);
        List<ParsedHousehold> households = parser.households();
        int count = households.size();
        int people = households.stream().mapToInt(h -> h.members.size()).sum();
        progress.worked(3);
        RegistryKeys keys = RegistryKeys.read(store);
        boolean written = false;
        long batch = 0;
        List<String> places;
        try (Session session = store.openSession(options.user())) {
            if (writing()) {
                batch = session.batch(BATCH_KIND, NLS.bind(Messages.Import_batch, new Object[] { file.getFileName(), Checksums.sha256(file),
                        reader.count }));
            }
            PlaceFinder finder = new PlaceFinder(session, options.createPlaces(), parser);
            SubMonitor each = progress.split(6).setWorkRemaining(count);
            for (int i = 0; i < count; i++) {
                apply(session, finder, keys, households.get(i));
                // What is applied is in the session (or found wrong): the parsed rows can go.
                households.set(i, null);
                if ((i + 1) % options.step() == 0 || i + 1 == count) {
                    flush(session, finder);
                }
                each.worked(1);
                if (each.isCanceled()) {
                    throw new OperationCanceledException();
                }
            }
            places = finder.created;
            if (writing()) {
                session.commit();
                written = true;
                if (newHouseholds + newPeople + updatedHouseholds == 0 && places.isEmpty()) {
                    batch = 0;
                }
            }
        }
        return new ImportResult(reader.format, reader.count, count, people, places, newHouseholds, newPeople, updatedHouseholds, changes,
                List.copyOf(problems), written, batch);
    }

    /** Whether the import still writes: not a dry run, and nothing found wrong so far. */
    private boolean writing() {
        return problems.isEmpty() && !options.dryRun();
    }

    /**
     * Writes what is applied so far in the session's transaction (unless nothing will be written)
     * and lets it go: the households added to villages and the households loaded to be updated.
     */
    private void flush(Session session, PlaceFinder finder) throws StoreException {
        if (writing()) {
            City city = finder.newCity();
            if (city != null && city.getName() != null && session.id(city) < 0) {
                session.add(city);
            }
            session.flush();
        }
        villagesGrown.forEach(village -> session.releaseChildren(village, P.getVillage_Households()));
        householdsLoaded.forEach(session::release);
        villagesGrown.clear();
        householdsLoaded.clear();
    }

    private void apply(Session session, PlaceFinder places, RegistryKeys keys, ParsedHousehold h) throws StoreException {
        for (ParsedMember member : h.members) {
            String registeredIn = keys.householdOfIdNumber().get(member.idNumber());
            if (registeredIn != null && !registeredIn.equals(h.number)) {
                parser.problem(member.row(), RegistryColumn.ID_NUMBER, NLS.bind(Messages.Import_idElsewhere, member.idNumber(), registeredIn));
            }
        }
        places.county(h, h.members.isEmpty() ? null : h.members.get(0).idNumber());
        Long id = keys.householdIds().get(h.number);
        if (id == null) {
            if (options.mode() == ImportMode.UPDATE) {
                parser.problem(h.first, RegistryColumn.HOUSEHOLD_NUMBER, NLS.bind(Messages.Import_notRegistered, h.number));
                return;
            }
            create(session, places, h);
        } else {
            if (options.mode() == ImportMode.CREATE) {
                parser.problem(h.first, RegistryColumn.HOUSEHOLD_NUMBER, NLS.bind(Messages.Import_registered, h.number));
                return;
            }
            Household household = session.get(P.getHousehold(), id);
            householdsLoaded.add(household);
            update(session, places, h, household);
        }
    }

    private void create(Session session, PlaceFinder places, ParsedHousehold h) throws StoreException {
        if (h.members.stream().noneMatch(m -> m.relation() == Relation.HEAD)) {
            parser.problem(h.first, RegistryColumn.RELATION, NLS.bind(Messages.Import_noHead, h.number));
        }
        Village village = places.village(h);
        if (village == null) {
            return;
        }
        villagesGrown.add(village);
        Household household = F.createHousehold();
        household.setNumber(h.number);
        HouseholdStatus status = h.status == null ? HouseholdStatus.NOT_YET_LIFTED : h.status;
        household.setStatus(status);
        household.setRegistered(status != HouseholdStatus.EDGE && status != HouseholdStatus.MONITORED);
        Changes none = new Changes(h.number, false);
        householdValues(household, places.group(h, village), h, none);
        for (ParsedMember member : h.members) {
            Person person = F.createPerson();
            household.getMembers().add(person);
            memberValues(person, member, none);
            newPeople++;
        }
        village.getHouseholds().add(household);
        newHouseholds++;
    }

    private void update(Session session, PlaceFinder places, ParsedHousehold h, Household household) throws StoreException {
        List<Person> members = session.children(household, P.getHousehold_Members());
        Person head = members.stream().filter(p -> p.getRelation() == Relation.HEAD).findFirst().orElse(null);
        // The list's head row names the head when it has one (the parser has checked 户主姓名 against it).
        String listHead = h.members.stream().filter(m -> m.relation() == Relation.HEAD).map(ParsedMember::name).findFirst().orElse(h.headName);
        if (listHead != null && head != null && !head.getName().equals(listHead)) {
            parser.problem(h.first, RegistryColumn.HEAD_NAME, NLS.bind(Messages.Import_otherHead, h.number, head.getName()));
            return;
        }
        VillageGroup group = null;
        if (h.village != null) {
            Village village = places.village(h);
            if (village != null && session.id(village) != session.containerId(household)) {
                parser.problem(h.first, RegistryColumn.VILLAGE, NLS.bind(Messages.Import_otherVillage, h.number, h.village));
                return;
            }
            group = village == null ? null : places.group(h, village);
        }
        if (h.income != null) {
            session.children(household, P.getHousehold_Incomes());
        }
        Changes record = new Changes(h.number, true);
        householdValues(household, group, h, record);
        for (ParsedMember member : h.members) {
            Person person = members.stream().filter(p -> member.idNumber().equals(p.getIdNumber())).findFirst().orElse(null);
            if (person == null) {
                person = F.createPerson();
                household.getMembers().add(person);
                memberValues(person, member, new Changes(h.number, false));
                newPeople++;
                record.changed = true;
            } else {
                memberValues(person, member, record.of(person.getName()));
            }
        }
        if (record.changed) {
            updatedHouseholds++;
        }
    }

    private void householdValues(Household household, VillageGroup group, ParsedHousehold h, Changes changes) {
        RowAt<RegistryColumn> row = h.first;
        changes.set(household, P.getHousehold_VillageGroup(), group, row.header(RegistryColumn.GROUP));
        changes.set(household, P.getHousehold_Phone(), h.phone, row.header(RegistryColumn.PHONE));
        changes.set(household, P.getHousehold_Status(), h.status, row.header(RegistryColumn.HOUSEHOLD_KIND));
        changes.set(household, P.getHousehold_YearLifted(), h.yearLifted, row.header(RegistryColumn.YEAR_LIFTED));
        if (h.causes != null && !h.causes.equals(household.getCauses())) {
            changes.record(row.header(RegistryColumn.CAUSE), household.getCauses().toString(), h.causes.toString());
            household.getCauses().clear();
            household.getCauses().addAll(h.causes);
        }
        if (h.income != null) {
            int year = h.incomeYear != null ? h.incomeYear : options.incomeYear();
            AnnualIncome income = household.getIncomes().stream().filter(i -> i.getYear() == year).findFirst().orElse(null);
            if (income == null) {
                income = F.createAnnualIncome();
                income.setYear(year);
                household.getIncomes().add(income);
                changes.record(row.header(RegistryColumn.INCOME) + ' ' + year, "", h.income.toPlainString()); //$NON-NLS-1$
                income.setPerCapitaNetIncome(h.income);
            } else if (income.getPerCapitaNetIncome() == null || income.getPerCapitaNetIncome().compareTo(h.income) != 0) {
                changes.record(row.header(RegistryColumn.INCOME) + ' ' + year, String.valueOf(income.getPerCapitaNetIncome()), h.income.toPlainString());
                income.setPerCapitaNetIncome(h.income);
            }
        }
    }

    private static void memberValues(Person person, ParsedMember m, Changes changes) {
        RowAt<RegistryColumn> row = m.row();
        changes.set(person, P.getPerson_Name(), m.name(), row.header(RegistryColumn.NAME));
        changes.set(person, P.getPerson_IdNumber(), m.idNumber(), row.header(RegistryColumn.ID_NUMBER));
        changes.set(person, P.getPerson_Relation(), m.relation(), row.header(RegistryColumn.RELATION));
        changes.set(person, P.getPerson_Ethnicity(), m.ethnicity(), row.header(RegistryColumn.ETHNICITY));
        changes.set(person, P.getPerson_Education(), m.education(), row.header(RegistryColumn.EDUCATION));
        changes.set(person, P.getPerson_InSchool(), m.inSchool(), row.header(RegistryColumn.IN_SCHOOL));
        changes.set(person, P.getPerson_Health(), m.health(), row.header(RegistryColumn.HEALTH));
        changes.set(person, P.getPerson_LabourAbility(), m.labour(), row.header(RegistryColumn.LABOUR));
        changes.set(person, P.getPerson_MedicalInsurance(), m.medicalInsurance(), row.header(RegistryColumn.MEDICAL_INSURANCE));
    }

    /** Sets the values a list gives (null: not given, left as it is) and records those that change. */
    private final class Changes {

        private final String household;
        private final String person;
        private final boolean recording;
        private final Changes owner;
        boolean changed;

        Changes(String household, boolean recording) {
            this(household, null, recording, null);
        }

        private Changes(String household, String person, boolean recording, Changes owner) {
            this.household = household;
            this.person = person;
            this.recording = recording;
            this.owner = owner;
        }

        /** The changes to one of the household's members, which count as the household's. */
        Changes of(String name) {
            return new Changes(household, name, recording, this);
        }

        void set(EObject object, EStructuralFeature feature, Object value, String column) {
            if (value == null) {
                return;
            }
            Object old = object.eGet(feature);
            if (Objects.equals(old, value) || old instanceof BigDecimal a && value instanceof BigDecimal b && a.compareTo(b) == 0) {
                return;
            }
            record(column, text(old), text(value));
            object.eSet(feature, value);
        }

        void record(String column, String before, String after) {
            changed = true;
            if (owner != null) {
                owner.changed = true;
            }
            if (recording) {
                changes.add(new ImportResult.Change(household, person, column, before, after));
            }
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return ""; //$NON-NLS-1$
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof Boolean yes) {
            return yes ? Messages.Import_yes : Messages.Import_no;
        }
        if (value instanceof VillageGroup group) {
            return group.getName() != null ? group.getName() : group.getNumber() + Messages.Import_groupSuffix;
        }
        return value.toString();
    }
}
