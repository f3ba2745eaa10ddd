package xiaokang.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Village;
import xiaokang.data.internal.Messages;
import xiaokang.store.Session;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/** 建档: a new household in a village, or one taken out of the registry; each in one transaction, audited. */
public final class Registry {

    private Registry() {
    }

    /**
     * Registers a household with its number (unique in the city), not yet lifted, without members
     * yet: they are added in its editor.
     *
     * @return the new household's id
     */
    public static long newHousehold(Store store, long villageId, String number, String user) throws StoreException {
        String trimmed = number == null ? "" : number.strip(); //$NON-NLS-1$
        if (trimmed.isEmpty()) {
            throw new StoreException(Messages.Registry_noNumber);
        }
        try (Session session = store.openSession(user)) {
            if (!session.find(CorePackage.Literals.HOUSEHOLD__NUMBER, trimmed).isEmpty()) {
                throw new StoreException(NLS.bind(Messages.Registry_numberTaken, trimmed));
            }
            Village village = session.get(CorePackage.Literals.VILLAGE, villageId);
            if (village == null) {
                throw new StoreException(NLS.bind(Messages.Registry_gone, villageId));
            }
            session.children(village, CorePackage.Literals.VILLAGE__HOUSEHOLDS);
            Household household = CoreFactory.eINSTANCE.createHousehold();
            household.setNumber(trimmed);
            household.setStatus(HouseholdStatus.NOT_YET_LIFTED);
            household.setRegistered(true);
            village.getHouseholds().add(household);
            session.commit();
            return session.id(household);
        }
    }

    /** Deletes a household and all it holds; the audit table keeps what was deleted. */
    public static void deleteHousehold(Store store, long id, String user) throws StoreException {
        try (Session session = store.openSession(user)) {
            Household household = session.get(CorePackage.Literals.HOUSEHOLD, id);
            if (household == null) {
                throw new StoreException(NLS.bind(Messages.Registry_gone, id));
            }
            session.delete(household);
            session.commit();
        }
    }

    /**
     * Why a household's number and members cannot be saved as they are: the number is another
     * household's, or a member's ID number is registered in another household (one person belongs
     * to one household). Empty when nothing stands in the way.
     *
     * @param householdId the stored household, or -1 for one not stored yet
     */
    public static Optional<String> conflicts(Store store, long householdId, String number, Collection<String> idNumbers)
            throws StoreException {
        List<String> wanted = idNumbers.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        try (Connection connection = store.connect()) {
            if (number != null && !number.isBlank()) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT 1 FROM CORE.HOUSEHOLD WHERE NUMBER = ? AND ID <> ?")) { //$NON-NLS-1$
                    query.setString(1, number.strip());
                    query.setLong(2, householdId);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            return Optional.of(NLS.bind(Messages.Registry_numberTaken, number.strip()));
                        }
                    }
                }
            }
            for (String idNumber : wanted) {
                try (PreparedStatement query = connection.prepareStatement("SELECT P.NAME, H.NUMBER FROM CORE.PERSON P " //$NON-NLS-1$
                        + "JOIN CORE.HOUSEHOLD H ON P.HOUSEHOLD_ID = H.ID WHERE P.ID_NUMBER = ? AND H.ID <> ?")) { //$NON-NLS-1$
                    query.setString(1, idNumber);
                    query.setLong(2, householdId);
                    try (ResultSet rows = query.executeQuery()) {
                        if (rows.next()) {
                            return Optional.of(NLS.bind(Messages.Registry_idNumberTaken,
                                    new Object[] { idNumber, rows.getString(1), rows.getString(2) }));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }
}
