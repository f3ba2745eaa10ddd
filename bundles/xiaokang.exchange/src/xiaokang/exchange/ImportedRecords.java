package xiaokang.exchange;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * What a plug-in does with a record of its class that a sheet import creates or changes, in the
 * import's session before it commits: a figure derived from the record written where it belongs
 * (an income card's per-capita income becoming its household's income of the year), so that an
 * import leaves the data as the workbench's own forms would. An OSGi service; a dry run calls it
 * too and writes nothing.
 */
public interface ImportedRecords {

    /** The class whose records (and its subclasses' records) this handles. */
    EClass eClass();

    /**
     * Called once for each record of the class that the import creates or changes, its values set.
     *
     * @throws IllegalArgumentException or StoreException with a message for the user: the row is rejected with it
     */
    void imported(Session session, EObject record) throws StoreException;
}
