package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import xiaokang.exchange.internal.RegistryImporter;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Imports the national information system's person list (one row per person) into the registry:
 * every row is checked; all of it is written in one transaction, audited as the user's changes,
 * or, when any row has a problem, nothing is. The transaction is written in steps of households
 * that are then let go, so that memory holds one step, not the county.
 */
public final class RegistryImport {

    /**
     * How to import.
     *
     * @param mode create only, update only, or both (the default)
     * @param dryRun check and report what would change, write nothing
     * @param createPlaces create townships, villages and groups the database lacks (always done
     *            for a database that holds no city yet)
     * @param mapping which header names which column
     * @param incomeYear the year of the per-capita income when the list has no 收入年度 column
     * @param user who the audit records
     * @param step how many households are written (within the one transaction) and let go at a time
     */
    public record Options(ImportMode mode, boolean dryRun, boolean createPlaces, ColumnMapping mapping, int incomeYear, String user, int step) {

        /** Large enough that the first step fills an empty database's tables at full speed. */
        public static final int STEP = 10_000;

        public Options {
            if (step < 1) {
                throw new IllegalArgumentException("step " + step); //$NON-NLS-1$
            }
        }

        /** Create and update, written, no new places, the default headers, last year's income. */
        public static Options defaults(String user) {
            return new Options(ImportMode.UPSERT, false, false, ColumnMapping.defaults(), Year.now().getValue() - 1, user, STEP);
        }

        public Options dryRun(boolean value) {
            return new Options(mode, value, createPlaces, mapping, incomeYear, user, step);
        }

        public Options mode(ImportMode value) {
            return new Options(value, dryRun, createPlaces, mapping, incomeYear, user, step);
        }

        public Options createPlaces(boolean value) {
            return new Options(mode, dryRun, value, mapping, incomeYear, user, step);
        }

        public Options mapping(ColumnMapping value) {
            return new Options(mode, dryRun, createPlaces, value, incomeYear, user, step);
        }

        public Options step(int value) {
            return new Options(mode, dryRun, createPlaces, mapping, incomeYear, user, value);
        }

        public Options incomeYear(int value) {
            return new Options(mode, dryRun, createPlaces, mapping, value, user, step);
        }
    }

    private RegistryImport() {
    }

    /**
     * Reads, checks and (unless a dry run or any problem) writes a list.
     *
     * @throws IOException when the file cannot be read as a sheet
     * @throws StoreException when the database cannot be read or the write fails (then nothing is written)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled: nothing is written
     */
    public static ImportResult run(Store store, Path file, Options options, IProgressMonitor monitor) throws IOException, StoreException {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        return new RegistryImporter(store, file, options).run(progress);
    }
}
