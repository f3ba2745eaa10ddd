package xiaokang.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

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
     * @param participants the plug-ins that derive figures from the records imported (the installed ones by default)
     */
    public record Options(ImportMode mode, boolean dryRun, String user, List<ImportedRecords> participants) {

        public static Options defaults(String user) {
            return new Options(ImportMode.UPSERT, false, user, installedParticipants());
        }

        public Options mode(ImportMode value) {
            return new Options(value, dryRun, user, participants);
        }

        public Options dryRun(boolean value) {
            return new Options(mode, value, user, participants);
        }

        public Options participants(List<ImportedRecords> value) {
            return new Options(mode, dryRun, user, List.copyOf(value));
        }
    }

    /** The {@link ImportedRecords} services of the running plug-ins; none outside OSGi. */
    private static List<ImportedRecords> installedParticipants() {
        Bundle bundle = FrameworkUtil.getBundle(RecordImport.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return List.of();
        }
        try {
            List<ImportedRecords> found = new ArrayList<>();
            // Declarative services stay active while their bundle runs: the import does not keep them alive by using them.
            for (ServiceReference<ImportedRecords> reference : context.getServiceReferences(ImportedRecords.class, null)) {
                ImportedRecords participant = context.getService(reference);
                if (participant != null) {
                    found.add(participant);
                }
            }
            return List.copyOf(found);
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
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
