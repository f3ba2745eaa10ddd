package xiaokang.reports.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.cli.Arguments;
import xiaokang.cli.CliCommand;
import xiaokang.cli.CommandContext;
import xiaokang.cli.UsageException;
import xiaokang.data.DataLocation;
import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportException;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportRequest;
import xiaokang.store.Store;
import xiaokang.store.StoreException;

/**
 * {@code xiaokang report ID --out FILE [--format pdf|html|xlsx|docx] [--param NAME=VALUE]... [--db PATH-OR-URL]}:
 * renders one report headless; {@code xiaokang report ID --choices NAME} lists a parameter's choices.
 */
@Component(name = "xiaokang.reports.command.report", service = CliCommand.class)
public final class ReportCommand implements CliCommand {

    @Reference
    private ReportEngine engine;

    private static final String FORMAT = "--format"; //$NON-NLS-1$
    private static final String OUT = "--out"; //$NON-NLS-1$
    private static final String PARAM = "--param"; //$NON-NLS-1$
    private static final String DB = "--db"; //$NON-NLS-1$
    private static final String CHOICES = "--choices"; //$NON-NLS-1$

    @Override
    public int run(CommandContext context) throws Exception {
        Arguments arguments = Arguments.parse(context.arguments(), Set.of(FORMAT, OUT, PARAM, DB, CHOICES), Set.of());
        if (arguments.positional().size() != 1) {
            throw new UsageException(Messages.Command_oneReport);
        }
        String id = arguments.positional().get(0);
        Optional<ReportDescriptor> report = ReportCatalog.read(Platform.getExtensionRegistry()).find(id);
        String choicesOf = arguments.value(CHOICES, null);
        if (report.isPresent() && choicesOf != null) {
            return listChoices(context, report.get(), choicesOf, arguments.value(DB, null));
        }
        String out = arguments.value(OUT, null);
        if (out == null) {
            throw new UsageException(Messages.Command_missingOut);
        }
        Path output = Path.of(out);
        ReportFormat format = format(arguments.value(FORMAT, null), output);
        Map<String, String> parameters = parameters(arguments);
        if (report.isEmpty()) {
            context.err().println(NLS.bind(Messages.Command_unknownReport, id));
            return FAILED;
        }
        long start = System.nanoTime();
        // The engine starts on the second core while the database boots and its schema is checked.
        CompletableFuture<Void> prepared = CompletableFuture.runAsync(() -> engine.prepare(report.get()));
        try {
            Store store;
            try {
                store = DataLocation.openExisting(arguments.value(DB, null));
            } finally {
                prepared.join();
            }
            for (String value : parameters.values()) {
                store.checkTownship(value);
            }
            try (Connection connection = store.connect()) {
                engine.render(new ReportRequest(report.get(), format, parameters, Locale.getDefault()), connection, output,
                        new NullProgressMonitor());
            }
        } catch (StoreException | ReportException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
        context.out().println(NLS.bind(Messages.Command_written, new Object[] { output.toAbsolutePath(),
                format.name(), String.format("%.1f", (System.nanoTime() - start) / 1e9) })); //$NON-NLS-1$
        return OK;
    }

    /** Every choice of one parameter, as the database has them now: what a message that lists twenty points to. */
    private int listChoices(CommandContext context, ReportDescriptor report, String name, String db) throws CoreException {
        try (Connection connection = DataLocation.openExisting(db).connect()) {
            List<ReportParameter> declared = engine.parameters(report, connection);
            Optional<ReportParameter> parameter = declared.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
            if (parameter.isEmpty()) {
                throw new ReportException(NLS.bind(Messages.Parameter_unknown, new Object[] { report.id(), name,
                        declared.stream().map(ReportParameter::name).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
            }
            if (parameter.get().choices().isEmpty()) {
                context.out().println(NLS.bind(Messages.Command_noChoices, new Object[] { report.id(), name,
                        Messages.typeName(parameter.get().type()) }));
                return OK;
            }
            context.out().println(NLS.bind(Messages.Command_choicesOf, new Object[] { report.id(), name, parameter.get().label(),
                    parameter.get().choices().size() }));
            parameter.get().choices().forEach(choice -> context.out().println("  " + choice.value() + "  " + choice.label())); //$NON-NLS-1$ //$NON-NLS-2$
            return OK;
        } catch (StoreException | ReportException | SQLException e) {
            context.err().println(e.getMessage());
            return FAILED;
        }
    }

    private static ReportFormat format(String option, Path output) throws UsageException {
        String text = option;
        if (text == null) {
            String name = output.getFileName().toString();
            text = name.substring(name.lastIndexOf('.') + 1);
        }
        ReportFormat format = ReportFormat.parse(text);
        if (format == null) {
            throw new UsageException(NLS.bind(Messages.Command_badFormat, text));
        }
        return format;
    }

    private static Map<String, String> parameters(Arguments arguments) throws UsageException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String assignment : arguments.values(PARAM)) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw new UsageException(NLS.bind(Messages.Command_badParam, assignment));
            }
            parameters.put(assignment.substring(0, equals).trim(), assignment.substring(equals + 1));
        }
        return parameters;
    }
}
