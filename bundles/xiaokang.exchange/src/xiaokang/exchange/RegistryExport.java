package xiaokang.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import xiaokang.core.IdNumbers;
import xiaokang.core.model.Education;
import xiaokang.core.model.Health;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.LabourAbility;
import xiaokang.core.model.PovertyCause;
import xiaokang.core.model.Relation;
import xiaokang.exchange.internal.Messages;
import xiaokang.exchange.internal.TableWriter;
import xiaokang.store.Masking;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Writes the registry in the national person list's layout, one row per person with the
 * household's columns repeated, as .xlsx or .csv, streaming: {@link RegistryImport} reads it back
 * unchanged. The household's latest income is written with its year.
 */
public final class RegistryExport {

    private static final String PEOPLE = "SELECT C.NAME, T.NAME, V.NAME, G.NAME, G.NUMBER, H.ID, H.NUMBER, H.STATUS, H.YEAR_LIFTED, H.PHONE, " //$NON-NLS-1$
            + "P.NAME, P.ID_NUMBER, P.RELATION, P.ETHNICITY, P.EDUCATION, P.IN_SCHOOL, P.HEALTH, P.LABOUR_ABILITY, P.MEDICAL_INSURANCE " //$NON-NLS-1$
            + "FROM CORE.CITY C JOIN CORE.TOWNSHIP T ON T.CITY_ID = C.ID JOIN CORE.VILLAGE V ON V.TOWNSHIP_ID = T.ID " //$NON-NLS-1$
            + "JOIN CORE.HOUSEHOLD H ON H.VILLAGE_ID = V.ID JOIN CORE.PERSON P ON P.HOUSEHOLD_ID = H.ID " //$NON-NLS-1$
            + "LEFT JOIN CORE.VILLAGE_GROUP G ON G.ID = H.VILLAGE_GROUP_ID WHERE (CAST(? AS VARCHAR(1000)) IS NULL OR T.NAME = ?) " //$NON-NLS-1$
            + "ORDER BY T.POS, T.ID, V.POS, V.ID, H.POS, H.ID, P.POS, P.ID"; //$NON-NLS-1$

    private RegistryExport() {
    }

    /**
     * Writes the list.
     *
     * @param township only this township's households, or null for the whole city
     * @param mask whether ID and phone numbers are masked (a masked list does not import back)
     * @return the rows written (people)
     */
    public static int write(Store store, Path out, String township, boolean mask, IProgressMonitor monitor) throws IOException, StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Export_task, 100);
        store.checkTownship(township);
        List<String> headers = new ArrayList<>();
        for (RegistryColumn column : RegistryColumn.values()) {
            headers.add(column.header());
        }
        int written = 0;
        try (Connection connection = store.connect(); TableWriter writer = TableWriter.open(out, Messages.Export_sheet, headers)) {
            Map<Long, Object[]> incomes = latestIncomes(connection);
            Map<Long, String> causes = causes(connection);
            progress.worked(10);
            try (PreparedStatement query = connection.prepareStatement(PEOPLE)) {
                query.setString(1, township);
                query.setString(2, township);
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    List<Object[]> household = new ArrayList<>();
                    long current = -1;
                    while (rows.next()) {
                        long id = rows.getLong(6);
                        if (id != current && !household.isEmpty()) {
                            written += household(writer, household, incomes, causes, mask);
                            household.clear();
                            checkCancel(progress);
                        }
                        current = id;
                        household.add(row(rows));
                    }
                    written += household(writer, household, incomes, causes, mask);
                }
            }
            if (written == 0 && township != null) {
                throw new StoreException(NLS.bind(Messages.Export_noTownship, township));
            }
            writer.complete();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        progress.done();
        return written;
    }

    private static void checkCancel(SubMonitor progress) {
        progress.setWorkRemaining(100).worked(1);
        if (progress.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static Object[] row(ResultSet rows) throws SQLException {
        Object[] values = new Object[19];
        for (int i = 0; i < values.length; i++) {
            values[i] = rows.getObject(i + 1);
        }
        return values;
    }

    /** One household's rows: the head's name on each, found first. */
    private static int household(TableWriter writer, List<Object[]> people, Map<Long, Object[]> incomes, Map<Long, String> causes, boolean mask)
            throws IOException {
        String head = people.stream().filter(p -> Relation.HEAD.getName().equals(p[12])).map(p -> (String) p[10]).findFirst().orElse(""); //$NON-NLS-1$
        for (Object[] p : people) {
            long household = ((Number) p[5]).longValue();
            Object[] income = incomes.get(household);
            String id = (String) p[11];
            String phone = (String) p[9];
            List<Object> cells = new ArrayList<>();
            cells.add(p[0]);
            cells.add(p[1]);
            cells.add(p[2]);
            cells.add(p[3] != null ? p[3] : p[4] != null ? p[4] + Messages.Import_groupSuffix : null);
            cells.add(p[6]);
            cells.add(head);
            cells.add(p[10]);
            cells.add(mask ? Masking.idNumber(id) : id);
            cells.add(p[12] == null ? null : RegistryWords.relation(Relation.getByName((String) p[12]), IdNumbers.gender(id)));
            cells.add(IdNumbers.gender(id) == null ? null : IdNumbers.gender(id).getLiteral());
            cells.add(p[13]);
            cells.add(p[14] == null ? null : Education.getByName((String) p[14]).getLiteral());
            cells.add(p[15] == null ? null : Boolean.TRUE.equals(p[15]) ? Messages.Export_inSchool : Messages.Export_notInSchool);
            cells.add(p[16] == null ? null : Health.getByName((String) p[16]).getLiteral());
            cells.add(p[17] == null ? null : LabourAbility.getByName((String) p[17]).getLiteral());
            cells.add(p[18] == null ? null : Boolean.TRUE.equals(p[18]) ? Messages.Import_yes : Messages.Import_no);
            cells.add(p[7] == null ? null : HouseholdStatus.getByName((String) p[7]).getLiteral());
            cells.add(p[8]);
            cells.add(income == null ? null : (BigDecimal) income[1]);
            cells.add(income == null ? null : income[0]);
            cells.add(causes.get(household));
            cells.add(mask ? Masking.phone(phone) : phone);
            writer.row(cells);
        }
        return people.size();
    }

    /** Each household's latest income: {year, amount}. */
    private static Map<Long, Object[]> latestIncomes(Connection connection) throws SQLException {
        Map<Long, Object[]> latest = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT HOUSEHOLD_ID, YEAR_, PER_CAPITA_NET_INCOME FROM CORE.ANNUAL_INCOME")) { //$NON-NLS-1$
            while (rows.next()) {
                Object[] known = latest.get(rows.getLong(1));
                if (known == null || (Integer) known[0] < rows.getInt(2)) {
                    latest.put(rows.getLong(1), new Object[] { rows.getInt(2), rows.getBigDecimal(3) });
                }
            }
        }
        return latest;
    }

    /** Each household's causes in the national list's way: 因病、因残. */
    private static Map<Long, String> causes(Connection connection) throws SQLException {
        Map<Long, String> causes = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT OWNER_ID, ITEM FROM CORE.HOUSEHOLD_CAUSES ORDER BY OWNER_ID, POS")) { //$NON-NLS-1$
            while (rows.next()) {
                String word = PovertyCause.getByName(rows.getString(2)).getLiteral();
                causes.merge(rows.getLong(1), word, (a, b) -> a + '、' + b);
            }
        }
        return causes;
    }
}
