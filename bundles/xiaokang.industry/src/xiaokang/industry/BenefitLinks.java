package xiaokang.industry;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.industry.model.BenefitLink;
import xiaokang.industry.model.Cooperative;
import xiaokang.industry.model.Enterprise;
import xiaokang.industry.model.IndustryBase;
import xiaokang.industry.model.IndustryFactory;
import xiaokang.industry.model.IndustryPackage;
import xiaokang.industry.model.LinkMode;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** 利益联结: the links of a cooperative, enterprise, base or household (one query each), and adding or removing one. */
public final class BenefitLinks {

    /** The earliest year of the targeted poverty alleviation (精准扶贫) a link can be of. */
    static final int FIRST_YEAR = 2014;

    private static final String SELECT = """
            SELECT L.ID, L.YEAR_, L.MODE, L.COOPERATIVE_ID, C.NAME, L.ENTERPRISE_ID, E.NAME, L.BASE_ID, B.NAME,
              H.ID, H.NUMBER, P.NAME, T.NAME, V.NAME, L.PEOPLE, L.INCOME_GAIN
            FROM INDUSTRY.BENEFIT_LINK L JOIN CORE.HOUSEHOLD H ON L.HOUSEHOLD_ID = H.ID
            JOIN CORE.VILLAGE V ON H.VILLAGE_ID = V.ID JOIN CORE.TOWNSHIP T ON V.TOWNSHIP_ID = T.ID
            LEFT JOIN CORE.PERSON P ON P.HOUSEHOLD_ID = H.ID AND P.RELATION = 'HEAD'
            LEFT JOIN INDUSTRY.COOPERATIVE C ON L.COOPERATIVE_ID = C.ID
            LEFT JOIN INDUSTRY.ENTERPRISE E ON L.ENTERPRISE_ID = E.ID
            LEFT JOIN INDUSTRY.INDUSTRY_BASE B ON L.BASE_ID = B.ID
            """; //$NON-NLS-1$
    private static final String ORDER = " ORDER BY L.YEAR_ DESC, H.NUMBER, L.ID"; //$NON-NLS-1$

    private BenefitLinks() {
    }

    /** The households linked to a cooperative, an enterprise or a base, newest year first. */
    public static List<LinkRow> of(Connection connection, EClass partnerType, long partnerId) throws SQLException {
        return read(connection, SELECT + "WHERE L." + column(partnerType) + " = ?" + ORDER, partnerId); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** What a household is linked to, newest year first. */
    public static List<LinkRow> ofHousehold(Connection connection, long householdId) throws SQLException {
        return read(connection, SELECT + "WHERE L.HOUSEHOLD_ID = ?" + ORDER, householdId); //$NON-NLS-1$
    }

    private static String column(EClass partnerType) {
        if (partnerType == IndustryPackage.Literals.COOPERATIVE) {
            return "COOPERATIVE_ID"; //$NON-NLS-1$
        }
        if (partnerType == IndustryPackage.Literals.ENTERPRISE) {
            return "ENTERPRISE_ID"; //$NON-NLS-1$
        }
        if (partnerType == IndustryPackage.Literals.INDUSTRY_BASE) {
            return "BASE_ID"; //$NON-NLS-1$
        }
        throw new IllegalArgumentException(partnerType.getName());
    }

    private static List<LinkRow> read(Connection connection, String sql, long id) throws SQLException {
        List<LinkRow> rows = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row(row));
                }
            }
        }
        return rows;
    }

    private static LinkRow row(ResultSet row) throws SQLException {
        EClass type = IndustryPackage.Literals.COOPERATIVE;
        int column = 4;
        if (row.getObject(6) != null) {
            type = IndustryPackage.Literals.ENTERPRISE;
            column = 6;
        } else if (row.getObject(8) != null) {
            type = IndustryPackage.Literals.INDUSTRY_BASE;
            column = 8;
        }
        int people = row.getInt(15);
        Integer peopleOrNull = row.wasNull() ? null : people;
        return new LinkRow(row.getLong(1), row.getInt(2), LinkMode.valueOf(row.getString(3)), type, row.getLong(column),
                row.getString(column + 1), row.getLong(10), row.getString(11), row.getString(12),
                row.getString(13) + ' ' + row.getString(14), peopleOrNull, row.getBigDecimal(16));
    }

    /**
     * Adds a link in one transaction.
     *
     * @return the new link's stored id
     * @throws StoreException saying what is wrong (an unknown household number, an implausible year,
     *             more people than the household has, a negative gain), with nothing written
     */
    public static long link(Store store, NewLink link, String user) throws StoreException {
        int thisYear = Year.now().getValue();
        if (link.year() < FIRST_YEAR || link.year() > thisYear) {
            throw new StoreException(NLS.bind(Messages.BenefitLinks_badYear, link.year(), thisYear));
        }
        if (link.incomeGain() != null && link.incomeGain().signum() < 0) {
            throw new StoreException(NLS.bind(Messages.BenefitLinks_negativeGain, link.incomeGain()));
        }
        try (Session session = store.openSession(user)) {
            String number = link.householdNumber() == null ? "" : link.householdNumber().strip(); //$NON-NLS-1$
            List<Household> found = number.isEmpty() ? List.of() : session.find(CorePackage.Literals.HOUSEHOLD__NUMBER, number);
            if (found.isEmpty()) {
                throw new StoreException(NLS.bind(Messages.BenefitLinks_noHousehold, number));
            }
            Household household = found.get(0);
            int members = session.children(household, CorePackage.Literals.HOUSEHOLD__MEMBERS).size();
            if (link.people() < 1 || link.people() > members) {
                throw new StoreException(NLS.bind(Messages.BenefitLinks_badPeople, link.people(), members));
            }
            BenefitLink created = IndustryFactory.eINSTANCE.createBenefitLink();
            created.setHousehold(household);
            created.setMode(link.mode());
            created.setYear(link.year());
            created.setPeople(link.people());
            created.setIncomeGain(link.incomeGain());
            tieTo(created, partner(session, link));
            session.add(created);
            session.commit();
            return session.id(created);
        }
    }

    private static EObject partner(Session session, NewLink link) throws StoreException {
        if (link.partnerType() == null) {
            throw new StoreException(Messages.BenefitLinks_noPartner);
        }
        EObject partner = session.get(link.partnerType(), link.partnerId());
        if (partner == null) {
            throw new StoreException(NLS.bind(Messages.BenefitLinks_gone, link.partnerId()));
        }
        return partner;
    }

    private static void tieTo(BenefitLink link, EObject partner) {
        if (partner instanceof Cooperative cooperative) {
            link.setCooperative(cooperative);
        } else if (partner instanceof Enterprise enterprise) {
            link.setEnterprise(enterprise);
        } else if (partner instanceof IndustryBase base) {
            link.setBase(base);
        }
    }

    /** Removes a link in one transaction (the audit keeps what it was); a link already gone is left so. */
    public static void unlink(Store store, long linkId, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            BenefitLink link = session.get(IndustryPackage.Literals.BENEFIT_LINK, linkId);
            if (link != null) {
                session.delete(link);
                session.commit();
            }
        }
    }

    /** What one person gains in a year from all of a household's links of that year (uncounted links add nothing). */
    public static BigDecimal gainPerPerson(List<LinkRow> links, int year) {
        return links.stream().filter(link -> link.year() == year && link.incomeGain() != null).map(LinkRow::incomeGain)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
