package xiaokang.reports.internal;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.eclipse.birt.report.model.api.OdaDataSetHandle;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import xiaokang.data.DerivedData;
import xiaokang.reports.ReportException;

/**
 * The derived figures a design's queries read, brought up to the data before it runs: a report
 * that reads none of them does not wait for them after a change.
 */
final class DerivedTablesRead {

    private DerivedTablesRead() {
    }

    static void refresh(IReportRunnable design, List<DerivedData> derived, Connection connection, IProgressMonitor monitor)
            throws ReportException {
        String queries = queries(design);
        List<DerivedData> read = derived.stream()
                .filter(data -> data.tables().stream().anyMatch(table -> queries.contains(table.toUpperCase(Locale.ROOT))))
                .toList();
        SubMonitor progress = SubMonitor.convert(monitor, read.size());
        for (DerivedData data : read) {
            try {
                progress.subTask(data.name());
                data.refresh(connection, progress.split(1));
            } catch (ReportException e) {
                throw e;
            } catch (Exception e) {
                throw new ReportException(NLS.bind(Messages.Engine_derivedFailed, data.name(), e.getMessage()), e);
            }
        }
    }

    private static String queries(IReportRunnable design) {
        StringBuilder text = new StringBuilder();
        ModuleHandle module = design.getDesignHandle().getModuleHandle();
        for (Object dataSet : module.getAllDataSets()) {
            if (dataSet instanceof OdaDataSetHandle oda && oda.getQueryText() != null) {
                text.append(oda.getQueryText().toUpperCase(Locale.ROOT)).append('\n');
            }
        }
        return text.toString();
    }
}
