package xiaokang.demo.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import xiaokang.data.FirstStartData;
import xiaokang.demo.DemoDatabase;
import xiaokang.store.Database;

/** The demo county, Shaodong-sized with the default seed, as what a new installation starts on. */
@Component(name = "xiaokang.demo.first-start", service = FirstStartData.class)
public final class DemoFirstStart implements FirstStartData {

    @Reference
    private DemoDatabase demo;

    @Override
    public void create(Database database, IProgressMonitor monitor) throws Exception {
        demo.create(database, DemoDatabase.DEFAULT_SEED, 1, monitor);
    }
}
