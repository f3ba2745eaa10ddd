package xiaokang.exchange.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.core.Models;
import xiaokang.data.DataLocation;
import xiaokang.exchange.ColumnMapping;
import xiaokang.exchange.ErrorSheet;
import xiaokang.exchange.ImportProblem;
import xiaokang.exchange.ImportResult;
import xiaokang.exchange.RecordImport;
import xiaokang.exchange.RecordSheet;
import xiaokang.exchange.SheetRow;
import xiaokang.exchange.RegistryImport;
import xiaokang.exchange.ImportMode;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * {@code xiaokang import FILE [--class CLASS] [--mapping FILE] [--mode create|update|upsert]
 * [--income-year YEAR] [--create-places] [--dry-run] [--errors OUT.xlsx] [--db PATH-OR-URL]}: the
 * registry's person list, or with {@code --class} a sheet of any class's records; exit 0 when
 * imported (or a dry run found nothing wrong), 1 when rows were rejected (nothing written), 2 on usage.
 */
public final class ImportCommand implements CliCommand {

    private static final String CLASS = "--class"; //$NON-NLS-1$
    private static final String MAPPING = "--mapping"; //$NON-NLS-1$
    private static final String MODE = "--mode"; //$NON-NLS-1$
    private static final String INCOME_YEAR = "--income-year"; //$NON-NLS-1$
    private static final String ERRORS = "--errors"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String CREATE_PLACES = "--create-places"; //$NON-NLS-1$
    private static final String DRY_RUN = "--dry-run"; //$NON-NLS-1$
    /** How many changes a dry run prints before it only counts them. */
    private static final int CHANGES_SHOWN = 200;

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(CLASS, MAPPING, MODE, INCOME_YEAR, ERRORS, DB),
                Set.of(CREATE_PLACES, DRY_RUN));
        if (arguments.positional().size() != 1) {
            throw new UsageException(Messages.ImportCommand_oneFile);
        }
        RegistryImport.Options options = RegistryImport.Options.defaults(System.getProperty("user.name")) //$NON-NLS-1$
                .mode(mode(arguments.value(MODE, "upsert"))) //$NON-NLS-1$
                .dryRun(arguments.flag(DRY_RUN)).createPlaces(arguments.flag(CREATE_PLACES));
        options = options.incomeYear(arguments.intValue(INCOME_YEAR, options.incomeYear(), 1949, 2100));
        ModelClasses models = arguments.value(CLASS, null) == null ? null : ModelClasses.installed();
        EClass eClass = models == null ? null : models.find(arguments.value(CLASS, null));
        Path file = Path.of(arguments.positional().get(0));
        if (!Files.isRegularFile(file)) {
            context.err().println(NLS.bind(Messages.ImportCommand_noFile, file));
            return FAILED;
        }
        try {
            if (arguments.value(MAPPING, null) != null) {
                options = options.mapping(ColumnMapping.read(Path.of(arguments.value(MAPPING, null))));
            }
            ImportResult result;
            Predicate<SheetRow> headerRow;
            if (eClass != null) {
                Store store = Store.open(DataLocation.resolve(arguments.value(DB, null)), models.packages());
                RecordImport.Options recordOptions = RecordImport.Options.defaults(options.user()).mode(options.mode()).dryRun(options.dryRun());
                result = RecordImport.run(store, models.packages(), models.labels(), eClass, file, recordOptions, new NullProgressMonitor());
                headerRow = RecordSheet.of(eClass, models.packages(), models.labels())::isHeader;
                printRecords(result, models.labels().of(eClass), context.out());
            } else {
                Store store = open(arguments.value(DB, null));
                result = RegistryImport.run(store, file, options, new NullProgressMonitor());
                headerRow = options.mapping()::isHeader;
                print(result, context.out());
            }
            printEnd(result, options.dryRun(), context.out());
            if (result.hasProblems()) {
                for (ImportProblem problem : result.problems()) {
                    context.err().println(problem);
                }
                if (arguments.value(ERRORS, null) != null) {
                    Path errors = Path.of(arguments.value(ERRORS, null));
                    ErrorSheet.write(file, errors, result.problems(), headerRow);
                    context.err().println(NLS.bind(Messages.ImportCommand_errorsWritten, errors));
                }
                context.err().println(NLS.bind(Messages.ImportCommand_rejected, result.problems().size()));
                return FAILED;
            }
            return OK;
        } catch (IOException | StoreException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    /** The database named, or a new empty one in a folder that holds none yet: a county setting up. */
    private static Store open(String option) throws Exception {
        return Store.open(DataLocation.resolve(option), Models.read(org.eclipse.core.runtime.Platform.getExtensionRegistry()));
    }

    private static ImportMode mode(String value) throws UsageException {
        try {
            return ImportMode.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException(NLS.bind(Messages.ImportCommand_badMode, value));
        }
    }

    private static void print(ImportResult result, PrintStream out) {
        out.println(NLS.bind(Messages.ImportCommand_read, new Object[] { result.format(), result.rows(), result.records(), result.people() }));
        if (!result.newPlaces().isEmpty()) {
            out.println(NLS.bind(Messages.ImportCommand_places, result.newPlaces().size()));
            result.newPlaces().forEach(place -> out.println("  " + place)); //$NON-NLS-1$
        }
        out.println(NLS.bind(Messages.ImportCommand_summary,
                new Object[] { result.newRecords(), result.newPeople(), result.updatedRecords(), result.changes().size() }));
        result.changes().stream().limit(CHANGES_SHOWN).forEach(change -> out.println("  " + NLS.bind(Messages.ImportCommand_change, //$NON-NLS-1$
                new Object[] { change.record(), change.person() == null ? "" : ' ' + change.person(), change.column(), change.before(), change.after() }))); //$NON-NLS-1$
        moreChanges(result, out);
    }

    private static void printRecords(ImportResult result, String what, PrintStream out) {
        out.println(NLS.bind(Messages.ImportCommand_readRecords, new Object[] { result.format(), result.rows(), what }));
        out.println(NLS.bind(Messages.ImportCommand_summaryRecords, new Object[] { result.newRecords(), result.updatedRecords(), result.changes().size() }));
        result.changes().stream().limit(CHANGES_SHOWN).forEach(change -> out.println("  " + NLS.bind(Messages.ImportCommand_changeRecord, //$NON-NLS-1$
                new Object[] { change.record(), change.column(), change.before(), change.after() })));
        moreChanges(result, out);
    }

    private static void moreChanges(ImportResult result, PrintStream out) {
        if (result.changes().size() > CHANGES_SHOWN) {
            out.println(NLS.bind(Messages.ImportCommand_moreChanges, result.changes().size() - CHANGES_SHOWN));
        }
    }

    private static void printEnd(ImportResult result, boolean dryRun, PrintStream out) {
        if (result.written()) {
            out.println(Messages.ImportCommand_written);
        } else if (dryRun && !result.hasProblems()) {
            out.println(Messages.ImportCommand_dryRun);
        }
    }
}
