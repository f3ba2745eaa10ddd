package xiaokang.data;

import org.eclipse.core.runtime.IProgressMonitor;

import xiaokang.store.Database;

/**
 * An OSGi service that fills the workbench's database when the first start finds none (the
 * product's demo county, from {@code xiaokang.demo}). Without one the workbench starts on no data
 * and says how to make some.
 */
public interface FirstStartData {

    /** Builds the data in {@code database}, which does not exist yet; all or nothing. */
    void create(Database database, IProgressMonitor monitor) throws Exception;
}
