package xiaokang.data;

import org.eclipse.core.runtime.IProgressMonitor;

import xiaokang.store.Store;

/**
 * Figures derived from the stored data that a plug-in keeps in the database (the reports'
 * indicator values, for instance), computed as soon as a demo database is built, so that the
 * first report or dashboard on it does not wait for them. An OSGi service; a failure is logged
 * and leaves the database as stored: the figures are then computed when first asked for.
 */
public interface DerivedData {

    /** What is computed, in the user's language (shown as the progress). */
    String name();

    void compute(Store store, IProgressMonitor monitor) throws Exception;
}
