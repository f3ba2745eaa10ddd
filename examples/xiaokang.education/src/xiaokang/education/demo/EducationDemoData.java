package xiaokang.education.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import xiaokang.core.IdNumbers;
import xiaokang.core.demo.DemoContext;
import xiaokang.core.demo.DemoDataGenerator;
import xiaokang.core.model.Household;
import xiaokang.core.model.Person;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;
import xiaokang.education.Dropouts;
import xiaokang.education.model.AidGrant;
import xiaokang.education.model.AidKind;
import xiaokang.education.model.EducationFactory;
import xiaokang.education.model.Enrolment;
import xiaokang.education.model.EnrolmentStatus;
import xiaokang.education.model.SchoolStage;

/**
 * The 2020 school year of every pupil and student of the demo county's registered households, and
 * the aid the policies give them: a boarding allowance for boarders in compulsory school, the
 * national grant in senior and vocational school, 雨露计划 for vocational and college students, and
 * the charity school aid 创业新村家具城 gave 永华村 (流泽镇). A few pupils are reported dropped out
 * (the rule's errors, and three older students whom school no longer binds) and a few severely
 * disabled children are taught at home (exempted).
 */
public final class EducationDemoData implements DemoDataGenerator {

    static final int SCHOOL_YEAR = 2020;
    static final int DROPOUTS = 6;
    static final int OLDER_DROPOUTS = 3;
    static final int EXEMPTED = 5;
    static final String CHARITY_VILLAGE = "永华村"; //$NON-NLS-1$
    static final String CHARITY_DONOR = "创业新村家具城"; //$NON-NLS-1$

    private static final EducationFactory F = EducationFactory.eINSTANCE;

    @Override
    public void generate(DemoContext context) {
        Random random = context.random();
        List<Enrolment> all = new ArrayList<>();
        List<Village> villages = new ArrayList<>();
        List<Enrolment> compulsory = new ArrayList<>();
        List<Enrolment> older = new ArrayList<>();
        for (Township township : context.city().getTownships()) {
            for (Village village : township.getVillages()) {
                for (Household household : village.getHouseholds()) {
                    if (!household.isRegistered()) {
                        continue;
                    }
                    for (Person person : household.getMembers()) {
                        if (!person.isInSchool() || !IdNumbers.isValid(person.getIdNumber())) {
                            continue;
                        }
                        int age = Dropouts.age(IdNumbers.birthDate(person.getIdNumber()), SCHOOL_YEAR);
                        Enrolment enrolment = enrolment(person, township, age, random);
                        all.add(enrolment);
                        villages.add(village);
                        if (age >= Dropouts.FIRST_AGE && age <= Dropouts.LAST_AGE) {
                            compulsory.add(enrolment);
                        } else if (age > Dropouts.LAST_AGE) {
                            older.add(enrolment);
                        }
                    }
                }
            }
        }
        for (int i = 0; i < DROPOUTS * context.scale() && !compulsory.isEmpty(); i++) {
            compulsory.remove(random.nextInt(compulsory.size())).setStatus(EnrolmentStatus.DROPPED_OUT);
        }
        for (int i = 0; i < OLDER_DROPOUTS * context.scale() && !older.isEmpty(); i++) {
            older.remove(random.nextInt(older.size())).setStatus(EnrolmentStatus.DROPPED_OUT);
        }
        for (int i = 0; i < EXEMPTED * context.scale() && !compulsory.isEmpty(); i++) {
            Enrolment exempted = compulsory.remove(random.nextInt(compulsory.size()));
            exempted.setStatus(EnrolmentStatus.EXEMPTED);
            exempted.setBoarding(false);
            exempted.setExemptionReason("重度残疾，送教上门"); //$NON-NLS-1$
        }
        for (int i = 0; i < all.size(); i++) {
            Enrolment enrolment = all.get(i);
            context.addRoot(enrolment);
            if (enrolment.getStatus() == EnrolmentStatus.ATTENDING) {
                aid(enrolment, villages.get(i), random).forEach(context::addRoot);
            }
        }
    }

    private static Enrolment enrolment(Person person, Township township, int age, Random random) {
        Enrolment enrolment = F.createEnrolment();
        enrolment.setPupil(person);
        enrolment.setSchoolYear(SCHOOL_YEAR);
        enrolment.setStatus(EnrolmentStatus.ATTENDING);
        SchoolStage stage = age < 6 ? SchoolStage.PRESCHOOL
                : age <= 11 ? SchoolStage.PRIMARY
                        : age <= 14 ? SchoolStage.JUNIOR_SECONDARY
                                : age <= 17 ? (random.nextInt(3) == 0 ? SchoolStage.VOCATIONAL : SchoolStage.SENIOR_SECONDARY)
                                        : SchoolStage.COLLEGE;
        enrolment.setStage(stage);
        enrolment.setSchool(school(stage, township));
        enrolment.setBoarding(switch (stage) {
            case PRIMARY -> random.nextInt(6) == 0;
            case JUNIOR_SECONDARY -> random.nextInt(5) < 2;
            case SENIOR_SECONDARY, VOCATIONAL -> random.nextInt(5) < 4;
            default -> false;
        });
        return enrolment;
    }

    private static String school(SchoolStage stage, Township township) {
        String place = township.getName().replaceAll("(镇|乡|街道)$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return switch (stage) {
            case PRESCHOOL -> place + "中心幼儿园"; //$NON-NLS-1$
            case PRIMARY -> place + "中心小学"; //$NON-NLS-1$
            case JUNIOR_SECONDARY -> place + "中学"; //$NON-NLS-1$
            case SENIOR_SECONDARY -> "邵东市第一中学"; //$NON-NLS-1$
            case VOCATIONAL -> "邵东市职业中专"; //$NON-NLS-1$
            case COLLEGE -> "湖南工业职业技术学院"; //$NON-NLS-1$
        };
    }

    private static List<AidGrant> aid(Enrolment enrolment, Village village, Random random) {
        List<AidGrant> aid = new ArrayList<>();
        SchoolStage stage = enrolment.getStage();
        if (enrolment.isBoarding() && stage == SchoolStage.PRIMARY) {
            aid.add(grant(enrolment, AidKind.BOARDING_ALLOWANCE, 1_000, null));
        }
        if (enrolment.isBoarding() && stage == SchoolStage.JUNIOR_SECONDARY) {
            aid.add(grant(enrolment, AidKind.BOARDING_ALLOWANCE, 1_250, null));
        }
        if (stage == SchoolStage.SENIOR_SECONDARY || stage == SchoolStage.VOCATIONAL) {
            aid.add(grant(enrolment, AidKind.NATIONAL_GRANT, 2_000, null));
        }
        if (stage == SchoolStage.VOCATIONAL || stage == SchoolStage.COLLEGE) {
            aid.add(grant(enrolment, AidKind.RAIN_DEW, 3_000, null));
        }
        if (village.getName().equals(CHARITY_VILLAGE) || random.nextInt(50) == 0) {
            aid.add(grant(enrolment, AidKind.CHARITY, 1_000,
                    village.getName().equals(CHARITY_VILLAGE) ? CHARITY_DONOR : "邵东市慈善总会")); //$NON-NLS-1$
        }
        return aid;
    }

    private static AidGrant grant(Enrolment enrolment, AidKind kind, int yuan, String donor) {
        AidGrant grant = F.createAidGrant();
        grant.setEnrolment(enrolment);
        grant.setKind(kind);
        grant.setAmount(BigDecimal.valueOf(yuan));
        grant.setPaid(LocalDate.of(SCHOOL_YEAR, kind == AidKind.CHARITY ? 9 : 11, 15));
        grant.setDonor(donor);
        return grant;
    }
}
