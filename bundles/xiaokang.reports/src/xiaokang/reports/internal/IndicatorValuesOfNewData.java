package xiaokang.reports.internal;

import java.sql.Connection;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.osgi.service.component.annotations.Component;

import xiaokang.data.DerivedData;
import xiaokang.reports.IndicatorCatalog;
import xiaokang.reports.Indicators;
import xiaokang.store.Store;

/** Every installed indicator computed on a newly built database, before its first report. */
@Component(name = "xiaokang.reports.indicators", service = DerivedData.class)
public final class IndicatorValuesOfNewData implements DerivedData {

    @Override
    public String name() {
        return Messages.Indicators_task;
    }

    @Override
    public void compute(Store store, IProgressMonitor monitor) throws Exception {
        try (Connection connection = store.connect()) {
            Indicators.refresh(connection, IndicatorCatalog.read(Platform.getExtensionRegistry()), monitor);
        }
    }
}
