package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import xiaokang.exchange.internal.RecordImporter;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * Imports the records of any class of the installed models (a plug-in's cooperatives, a county
 * office's own enrolments) from a sheet headed by the model's labels ({@link RecordSheet}), with no
 * import code of the plug-in's own: every row checked first, then all of it written in one
 * transaction, audited as the user's changes and as one batch, or, when any row has a problem,
 * nothing. A row names a record already stored by its 内部编号 or its natural key and then updates
 * the columns the sheet has; a blank cell leaves a value as it is.
 */
public final class RecordImport {

    /**
     * How to import.
     *
     * @param mode create only, update only, or both
     * @param dryRun check and report what would change, write nothing
     * @param user who the audit records
     */
    public record Options(ImportMode mode, boolean dryRun, String user) {

        public static Options defaults(String user) {
            return new Options(ImportMode.UPSERT, false, user);
        }

        public Options mode(ImportMode value) {
            return new Options(value, dryRun, user);
        }

        public Options dryRun(boolean value) {
            return new Options(mode, value, user);
        }
    }

    private RecordImport() {
    }

    /**
     * Reads, checks and (unless a dry run or any problem) writes a sheet of {@code eClass}'s records.
     *
     * @throws IOException when the file cannot be read as a sheet
     * @throws StoreException when the database cannot be read or the write fails (then nothing is written)
     * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled: nothing is written
     */
    public static ImportResult run(Store store, List<EPackage> packages, ModelLabels labels, EClass eClass, Path file, Options options,
            IProgressMonitor monitor) throws IOException, StoreException {
        RecordSheet sheet = RecordSheet.of(eClass, packages, labels);
        return new RecordImporter(store, packages, labels, sheet, file, options).run(SubMonitor.convert(monitor, 10));
    }
}
