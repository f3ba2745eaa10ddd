package xiaokang.exchange.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;

import xiaokang.exchange.ImportResult;
import xiaokang.exchange.ModelLabels;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.SheetRow;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * One import as the wizard's first page sets it up: the registry's person list with its options,
 * or a class's records; run first as the dry run, then, unchanged, for real.
 */
record ImportRun(Path file, RegistryImport.Options registry, EClass eClass, RecordImport.Options records, List<EPackage> packages,
        ModelLabels labels) {

    boolean isRegistry() {
        return eClass == null;
    }

    ImportResult run(Store store, boolean dryRun, IProgressMonitor monitor) throws IOException, StoreException {
        if (isRegistry()) {
            return RegistryImport.run(store, file, registry.dryRun(dryRun), monitor);
        }
        return RecordImport.run(store, packages, labels, eClass, file, records.dryRun(dryRun), monitor);
    }

    /** Which row is the file's header row, for the error sheet. */
    Predicate<SheetRow> headerRow() {
        return isRegistry() ? registry.mapping()::isHeader : RecordSheet.of(eClass, packages, labels)::isHeader;
    }
}
