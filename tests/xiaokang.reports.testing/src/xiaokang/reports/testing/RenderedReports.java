package xiaokang.reports.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import xiaokang.reports.ReportCatalog;
import xiaokang.reports.ReportEngine;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportRequest;

/** Renders an installed report in Chinese for a test and reads back what a PDF says. */
public final class RenderedReports {

    private RenderedReports() {
    }

    /** Renders report {@code id} on {@code connection} into {@code folder}, named by the id and format. */
    public static Path render(Connection connection, Path folder, String id, ReportFormat format, Map<String, String> parameters)
            throws Exception {
        BundleContext context = FrameworkUtil.getBundle(RenderedReports.class).getBundleContext();
        ServiceReference<ReportEngine> reference = context.getServiceReference(ReportEngine.class);
        ReportEngine engine = context.getService(reference);
        Path output = folder.resolve(id + '.' + format.extension());
        try {
            engine.render(new ReportRequest(ReportCatalog.read(Platform.getExtensionRegistry()).find(id).orElseThrow(), format,
                    parameters, Locale.SIMPLIFIED_CHINESE), connection, output, new NullProgressMonitor());
        } finally {
            context.ungetService(reference);
        }
        return output;
    }

    /** The text of every page of a PDF, without any white space (so that a sentence matches however it was laid out). */
    public static String pdfText(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
        } finally {
            reader.close();
        }
    }
}
