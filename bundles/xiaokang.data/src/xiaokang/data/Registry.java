package xiaokang.data;

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
}
