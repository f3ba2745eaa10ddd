package xiaokang.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import xiaokang.data.DatabaseSettings;
import xiaokang.data.FirstStartData;
import xiaokang.ui.XiaokangPerspective;

final class XiaokangWorkbenchAdvisor extends WorkbenchAdvisor {

    /** Set to true to start without building the demo database (the workbench's own tests do). */
    static final String NO_DEMO = "xiaokang.noDemo"; //$NON-NLS-1$

    private FirstStartDemo firstStart;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // Users expect the layout they left, the same as in every Eclipse product.
        configurer.setSaveAndRestore(true);
    }

    @Override
    public void preStartup() {
        // Before any view opens, so that views reading the database wait for the demo to be built.
        DatabaseSettings settings = DatabaseSettings.read();
        if (!Boolean.getBoolean(NO_DEMO) && !settings.onServer()) {
            firstStart = FirstStartDemo.scheduleIfMissing(settings.embeddedFolder(),
                    getWorkbenchConfigurer().getWorkbench().getService(FirstStartData.class));
        }
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return XiaokangPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new XiaokangWindowAdvisor(configurer, firstStart);
    }
}
