package xiaokang.data;

import java.sql.Connection;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

import xiaokang.store.Store;

/**
 * Figures derived from the stored data that a plug-in keeps in the database (the reports'
 * indicator values, the four-ones' missed visits), computed as soon as a demo database is built,
 * so that the first report or dashboard on it does not wait for them, and brought up to the data
 * again before a report that reads them runs. An OSGi service; a failure while a demo database is
 * built is logged and leaves the database as stored: the figures are then computed when first
 * asked for.
 */
public interface DerivedData {

    /** What is computed, in the user's language (shown as the progress). */
    String name();

    /**
     * The tables the figures are kept in, as report designs name them ({@code SCHEMA.TABLE}): a
     * report whose queries read one of them has {@link #refresh} called before it runs.
     */
    Set<String> tables();

    /** Brings the figures up to the data on {@code connection}; returns at once when they already are. */
    void refresh(Connection connection, IProgressMonitor monitor) throws Exception;

    /** Computes the figures on a newly built database. */
    default void compute(Store store, IProgressMonitor monitor) throws Exception {
        try (Connection connection = store.connect()) {
            refresh(connection, monitor);
        }
    }
}
