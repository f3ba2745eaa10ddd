package xiaokang.monitoring.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import xiaokang.core.IdNumbers;
import xiaokang.core.demo.DemoContext;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.monitoring.model.DepartmentList;
import xiaokang.monitoring.model.DepartmentRecord;
import xiaokang.monitoring.model.ExpenditureKind;
import xiaokang.monitoring.model.MonitoringFactory;
import xiaokang.monitoring.model.RigidExpenditure;

/**
 * What puts households at risk in the demo years: rigid expenditures (one household in twenty-five
 * a year; most medical, four in ten resolved) and the departments' lists of the last year (the
 * civil affairs' low-income list, medical insurance's large expenses, disability certificates),
 * naming the county's people and some who live elsewhere.
 */
final class DemoRisks {

    private static final int EXPENDITURE_ONE_IN = 25;
    private static final int[] LIST_SIZES = { 150, 120, 80, 0 };
    private static final int ELSEWHERE = 60;
    private static final String ELSEWHERE_AREA = "430523"; //$NON-NLS-1$

    private final DemoContext context;
    private final Random random;
    private final List<RigidExpenditure> expenditures = new ArrayList<>();
    private final List<DepartmentRecord> records = new ArrayList<>();

    DemoRisks(DemoContext context) {
        this.context = context;
        this.random = context.random();
    }

    List<RigidExpenditure> expenditures() {
        return expenditures;
    }

    List<DepartmentRecord> records() {
        return records;
    }

    void generate(List<Household> households) {
        for (Household household : households) {
            for (int year = MonitoringDemoData.FIRST_YEAR; year <= MonitoringDemoData.LAST_YEAR; year++) {
                if (random.nextInt(EXPENDITURE_ONE_IN) == 0) {
                    expenditures.add(expenditure(household, year));
                }
            }
        }
        for (DepartmentList list : DepartmentList.VALUES) {
            for (int i = 0; i < LIST_SIZES[list.getValue()] * context.scale(); i++) {
                Household household = households.get(random.nextInt(households.size()));
                if (!household.getMembers().isEmpty()) {
                    Person person = household.getMembers().get(random.nextInt(household.getMembers().size()));
                    records.add(record(list, person.getIdNumber(), person.getName()));
                }
            }
        }
        for (int i = 0; i < ELSEWHERE * context.scale(); i++) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            records.add(record(DepartmentList.VALUES.get(random.nextInt(3)), IdNumbers.of(ELSEWHERE_AREA, birth, 100 + i % 900), null));
        }
        expenditures.forEach(context::addRoot);
        records.forEach(context::addRoot);
    }

    private RigidExpenditure expenditure(Household household, int year) {
        RigidExpenditure expenditure = MonitoringFactory.eINSTANCE.createRigidExpenditure();
        expenditure.setHousehold(household);
        int kind = random.nextInt(10);
        expenditure.setKind(kind < 6 ? ExpenditureKind.MEDICAL
                : kind < 8 ? ExpenditureKind.SCHOOLING
                        : kind < 9 ? ExpenditureKind.DISASTER : ExpenditureKind.ACCIDENT);
        expenditure.setDate(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        expenditure.setAmount(BigDecimal.valueOf(3_000 + random.nextInt(57) * 1_000L));
        expenditure.setResolved(year < MonitoringDemoData.LAST_YEAR || random.nextInt(10) < 4);
        return expenditure;
    }

    private DepartmentRecord record(DepartmentList list, String idNumber, String name) {
        DepartmentRecord record = MonitoringFactory.eINSTANCE.createDepartmentRecord();
        record.setList(list);
        record.setIdNumber(idNumber);
        record.setName(name);
        record.setDate(LocalDate.of(MonitoringDemoData.LAST_YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        if (list == DepartmentList.MEDICAL_EXPENSE) {
            record.setAmount(BigDecimal.valueOf(20_000 + random.nextInt(80) * 1_000L));
        }
        return record;
    }
}
