package xiaokang.reports.internal;

import java.sql.Connection;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Component;

import xiaokang.data.DerivedData;
import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.Indicators;

/** Every installed indicator, computed on a newly built database and before a report that reads them. */
@Component(name = "xiaokang.reports.indicators", service = DerivedData.class)
public final class IndicatorFigures implements DerivedData {

    @Override
    public String name() {
        return Messages.Indicators_task;
    }

    @Override
    public Set<String> tables() {
        return Set.of("REPORTS.INDICATOR_RUN", "REPORTS.INDICATOR_VALUE"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void refresh(Connection connection, IProgressMonitor monitor) throws Exception {
        Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), monitor);
    }
}
