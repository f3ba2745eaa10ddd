package xiaokang.reports.ui.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import xiaokang.reports.ReportDescriptor;
import xiaokang.reports.ReportException;
import xiaokang.reports.ReportFormat;
import xiaokang.reports.ReportRequest;
import xiaokang.store.StoreException;

/**
 * Renders a report in the background with progress and cancel. A failure is reported by the workbench with the engine's message; on success
 * {@code done} runs in the UI thread.
 */
public final class RenderJob extends Job {

    private final WorkbenchData data;
    private final ReportDescriptor report;
    private final Map<String, String> parameters;
    private final ReportFormat format;
    private final Path output;
    private final Consumer<Path> done;

    RenderJob(WorkbenchData data, ReportDescriptor report, Map<String, String> parameters, ReportFormat format, Path output,
            Consumer<Path> done) {
        super(NLS.bind(Messages.RenderJob_name, report.name(), format.name()));
        this.data = data;
        this.report = report;
        this.parameters = Map.copyOf(parameters);
        this.format = format;
        this.output = output;
        this.done = done;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
        try (Connection connection = data.connect()) {
            data.reports().render(new ReportRequest(report, format, parameters, Locale.getDefault()), connection, output,
                    progress);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ReportException | StoreException | CoreException | java.sql.SQLException e) {
            return Status.error(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        }
        Display.getDefault().asyncExec(() -> done.accept(output));
        return Status.OK_STATUS;
    }
}
