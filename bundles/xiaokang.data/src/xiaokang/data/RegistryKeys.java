package xiaokang.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * The registry's natural keys, read in two plain queries for a whole county: which household has
 * which number, and in which household each ID number is registered. An import checks a list of
 * thousands of households against them without loading a household it does not change.
 */
public record RegistryKeys(Map<String, Long> householdIds, Map<String, String> householdOfIdNumber) {

    public static RegistryKeys read(Store store) throws StoreException {
        Map<String, Long> households = new HashMap<>();
        Map<String, String> people = new HashMap<>();
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT NUMBER, ID FROM CORE.HOUSEHOLD")) { //$NON-NLS-1$
                while (rows.next()) {
                    households.put(rows.getString(1), rows.getLong(2));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT P.ID_NUMBER, H.NUMBER FROM CORE.PERSON P JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID")) { //$NON-NLS-1$
                while (rows.next()) {
                    if (rows.getString(1) != null) {
                        people.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
        return new RegistryKeys(households, people);
    }
}
