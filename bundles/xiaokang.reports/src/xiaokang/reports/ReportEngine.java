package xiaokang.reports;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Renders contributed reports; an OSGi service. Reports read the database through the connection
 * handed in, so a design names no database and runs on embedded and network databases alike.
 */
public interface ReportEngine {

    /**
     * Starts the engine and reads the report's design, so that a render that follows soon does not
     * wait for them; call it from another thread while the database opens. Errors are left for
     * the render to report.
     */
    void prepare(ReportDescriptor report);

    /** The parameters the report's design declares, choice lists filled from {@code connection}. */
    List<ReportParameter> parameters(ReportDescriptor report, Connection connection) throws ReportException;

    /**
     * Renders {@code request} into {@code output}, after bringing the derived figures its queries read
     * (the indicators, a plug-in's {@code DerivedData}) up to the data.
     * The file appears only when the run succeeded: a failed or cancelled run leaves no partial
     * document behind.
     *
     * @throws ReportException with the reason when the design, a parameter, the data or the output fails
     */
    void render(ReportRequest request, Connection connection, Path output, IProgressMonitor monitor)
            throws ReportException;
}
