package xiaokang.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.EngineException;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IEngineTask;
import org.eclipse.birt.report.engine.api.IRenderTask;
import org.eclipse.birt.report.engine.api.IReportDocument;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.IRunTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import xiaokang.data.DerivedData;
import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportException;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportParameter;
import xiaokang.reports.ReportRequest;
import xiaokang.store.AuditLog;

/**
 * The BIRT 4.22 runtime as a service. The platform starts with the first report (about a second)
 * and stops when the service goes away; BIRT's own threads would otherwise keep the VM alive.
 */
@Component(name = "xiaokang.reports.engine", service = ReportEngine.class)
public final class BirtReportEngine implements ReportEngine {

    /** Keys of BIRT's JDBC driver: the connection it is handed, and whether it may close it. */
    private static final String PASS_IN_CONNECTION = "OdaJDBCDriverPassInConnection"; //$NON-NLS-1$
    private static final String PASS_IN_CLOSE = "OdaJDBCDriverPassInConnectionCloseAfterUse"; //$NON-NLS-1$

    /** What the shared library's page header and footer show; read there with {@code reportContext.getAppContext()}. */
    private static final String TITLE = "xiaokang.title"; //$NON-NLS-1$
    private static final String STAMP = "xiaokang.stamp"; //$NON-NLS-1$
    private static final String PAGE_BEFORE = "xiaokang.pageBefore"; //$NON-NLS-1$
    private static final String PAGE_MIDDLE = "xiaokang.pageMiddle"; //$NON-NLS-1$
    private static final String PAGE_AFTER = "xiaokang.pageAfter"; //$NON-NLS-1$

    /**
     * OpenPDF's layout processor, which BIRT always enables, tries to open a font inside a .ttc
     * collection as a file, warns, and falls back to the font BIRT embeds anyway: kept quiet (BIRT
     * logs font problems under the name of its font configuration reader).
     */
    private static final Logger FONT_LOGGER = Logger
            .getLogger("org.eclipse.birt.report.engine.layout.pdf.font.FontConfigReader"); //$NON-NLS-1$

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<DerivedData> derived = List.of();

    private BundleContext bundleContext;
    private IReportEngine engine;

    @Activate
    void activate(BundleContext context) {
        this.bundleContext = context;
    }

    @Deactivate
    synchronized void deactivate() {
        if (engine != null) {
            engine.destroy();
            engine = null;
            Platform.shutdown();
        }
    }

    private synchronized IReportEngine engine() throws ReportException {
        if (engine == null) {
            FONT_LOGGER.setLevel(Level.SEVERE);
            // POI logs through Log4j to SLF4J, whose provider lookups inside OSGi print lines on stderr.
            quietUnlessSet("log4j2.statusLoggerLevel", "OFF"); //$NON-NLS-1$ //$NON-NLS-2$
            quietUnlessSet("slf4j.internal.verbosity", "ERROR"); //$NON-NLS-1$ //$NON-NLS-2$
            EngineConfig config = new EngineConfig();
            config.setLogConfig(null, Level.WARNING);
            config.setResourceLocator(new BundleResourceLocator());
            try {
                config.setFontConfig(CjkFonts.writeConfiguration(bundleContext.getDataFile("fontsConfig.xml").toPath()) //$NON-NLS-1$
                        .toUri().toURL());
                Platform.startup(config);
            } catch (MalformedURLException | BirtException e) {
                throw new ReportException(NLS.bind(Messages.Engine_startFailed, e.getMessage()), e);
            }
            IReportEngineFactory factory = (IReportEngineFactory) Platform
                    .createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
            engine = factory.createReportEngine(config);
        }
        return engine;
    }

    private static void quietUnlessSet(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private IReportRunnable open(ReportDescriptor report) throws ReportException {
        IReportEngine reportEngine = engine();
        try (InputStream design = report.design().openStream()) {
            return reportEngine.openReportDesign(report.design().toExternalForm(), design);
        } catch (IOException | EngineException e) {
            throw new ReportException(NLS.bind(Messages.Engine_badDesign, report.id(), e.getMessage()), e);
        }
    }

    @Override
    public void prepare(ReportDescriptor report) {
        try {
            open(report);
        } catch (ReportException e) {
            // the render that follows opens the design again and reports what is wrong
        }
    }

    @Override
    public List<ReportParameter> parameters(ReportDescriptor report, Connection connection) throws ReportException {
        return new DesignParameters(engine(), open(report)).read(connection(connection));
    }

    @Override
    public void render(ReportRequest request, Connection connection, Path output, IProgressMonitor monitor)
            throws ReportException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Engine_rendering, request.report().name()), 10);
        IReportRunnable design = open(request.report());
        progress.worked(1);
        DerivedTablesRead.refresh(design, derived, connection, progress.split(1));
        DesignParameters designParameters = new DesignParameters(engine(), design);
        List<ReportParameter> declared = designParameters.read(connection(connection));
        Map<String, Object> values = ParameterValues.convert(request.report(), declared, request.parameters());
        Path partial = partialFile(output, request.format());
        try {
            Map<String, Object> context = connection(connection);
            context.put(TITLE, request.report().name());
            context.put(STAMP, NLS.bind(Messages.Engine_stamp, new Object[] { ParameterValues.summary(declared, values),
                    LocalDateTime.now().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(request.locale())),
                    Long.toString(AuditLog.dataVersion(connection)) }));
            context.put(PAGE_BEFORE, Messages.Engine_pageBefore);
            context.put(PAGE_MIDDLE, Messages.Engine_pageMiddle);
            context.put(PAGE_AFTER, Messages.Engine_pageAfter);
            progress.worked(1);
            RenderOption option = renderOption(request.format(), partial);
            if (request.format() == ReportFormat.PDF) {
                runThenRender(request, design, context, values, option, progress.split(7));
            } else {
                runAndRender(request, design, context, values, option, progress.split(7));
            }
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (EngineException e) {
            throw new ReportException(NLS.bind(Messages.Engine_failed, request.report().id(), e.getMessage()), e);
        } catch (SQLException e) {
            throw new ReportException(NLS.bind(Messages.Engine_failed, request.report().id(), e.getMessage()), e);
        } catch (IOException e) {
            throw new ReportException(NLS.bind(Messages.Engine_unwritable, output, e.getMessage()), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private void runAndRender(ReportRequest request, IReportRunnable design, Map<String, Object> context, Map<String, Object> values,
            RenderOption option, IProgressMonitor monitor) throws EngineException, ReportException {
        IRunAndRenderTask task = engine().createRunAndRenderTask(design);
        try (CancelWatch watch = new CancelWatch(monitor, task)) {
            task.setAppContext(context);
            task.setLocale(request.locale());
            task.setParameterValues(values);
            task.setRenderOption(option);
            task.run();
            checkOutcome(request, task, watch);
        } finally {
            task.close();
        }
    }

    /**
     * A PDF is run into a report document first and rendered from it: only then does BIRT know the
     * page count when it lays out "共 N 页" (run and render in one task reserves a blank-padded
     * slot for it, eclipse-birt/birt#2024).
     */
    private void runThenRender(ReportRequest request, IReportRunnable design, Map<String, Object> context,
            Map<String, Object> values, RenderOption option, IProgressMonitor monitor) throws EngineException, ReportException, IOException {
        Path document = Files.createTempFile("xiaokang-report-", ".rptdocument"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            IRunTask run = engine().createRunTask(design);
            try (CancelWatch watch = new CancelWatch(monitor, run)) {
                run.setAppContext(context);
                run.setLocale(request.locale());
                run.setParameterValues(values);
                run.run(document.toString());
                checkOutcome(request, run, watch);
            } finally {
                run.close();
            }
            IReportDocument opened = engine().openReportDocument(document.toString());
            IRenderTask render = engine().createRenderTask(opened);
            try (CancelWatch watch = new CancelWatch(monitor, render)) {
                render.setAppContext(context);
                render.setLocale(request.locale());
                render.setRenderOption(option);
                render.render();
                checkOutcome(request, render, watch);
            } finally {
                render.close();
                opened.close();
            }
        } finally {
            deleteQuietly(document);
        }
    }

    private static void checkOutcome(ReportRequest request, IEngineTask task, CancelWatch watch) throws ReportException {
        if (watch.cancelled()) {
            throw new OperationCanceledException();
        }
        if (!task.getErrors().isEmpty()) {
            throw new ReportException(NLS.bind(Messages.Engine_failed, request.report().id(), errors(task)));
        }
    }

    private static Map<String, Object> connection(Connection connection) {
        Map<String, Object> context = new HashMap<>();
        context.put(PASS_IN_CONNECTION, connection);
        context.put(PASS_IN_CLOSE, Boolean.FALSE);
        return context;
    }

    /** The document is written beside {@code output} and moved there once complete. */
    private static Path partialFile(Path output, ReportFormat format) throws ReportException {
        Path folder = output.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(folder, ".xiaokang-report-", '.' + format.extension()); //$NON-NLS-1$
        } catch (IOException | IllegalArgumentException e) {
            throw new ReportException(NLS.bind(Messages.Engine_unwritable, output, e.getMessage()), e);
        }
    }

    private static RenderOption renderOption(ReportFormat format, Path file) {
        RenderOption option = switch (format) {
            case PDF -> {
                PDFRenderOption pdf = new PDFRenderOption();
                pdf.setEmbededFont(true);
                yield pdf;
            }
            case HTML -> {
                HTMLRenderOption html = new HTMLRenderOption();
                html.setEmbeddable(false);
                html.setImageHandler(new InlineImageHandler());
                html.setSupportedImageFormats("SVG;PNG;JPG"); //$NON-NLS-1$
                yield html;
            }
            default -> new RenderOption();
        };
        option.setOutputFormat(format.extension());
        option.setOutputFileName(file.toString());
        return option;
    }

    private static String errors(IEngineTask task) {
        return ((List<?>) task.getErrors()).stream().map(error -> error instanceof Throwable t ? t.getMessage() : String.valueOf(error))
                .distinct().collect(Collectors.joining("\n")); //$NON-NLS-1$
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file in the output folder; the next run's name differs
        }
    }
}
