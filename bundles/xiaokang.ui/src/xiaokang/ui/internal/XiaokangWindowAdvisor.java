package xiaokang.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import xiaokang.data.DataLocation;

final class XiaokangWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Set to true to start without building the demo database (the workbench's own tests do). */
    static final String NO_DEMO = "xiaokang.noDemo"; //$NON-NLS-1$

    XiaokangWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new XiaokangActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(false);
        configurer.setTitle(ProductInfo.name());
    }

    @Override
    public void postWindowOpen() {
        if (!Boolean.getBoolean(NO_DEMO)) {
            IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
            FirstStartDemo.scheduleIfMissing(DataLocation.defaultFolder(), configurer.getWindow().getShell().getDisplay(),
                    configurer.getActionBarConfigurer().getStatusLineManager());
        }
    }
}
