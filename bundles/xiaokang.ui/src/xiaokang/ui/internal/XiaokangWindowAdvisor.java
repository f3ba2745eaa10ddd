package xiaokang.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import xiaokang.data.TimingLog;

final class XiaokangWindowAdvisor extends WorkbenchWindowAdvisor {

    private final FirstStartDemo firstStart;

    XiaokangWindowAdvisor(IWorkbenchWindowConfigurer configurer, FirstStartDemo firstStart) {
        super(configurer);
        this.firstStart = firstStart;
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
        TimingLog.sinceProcessStart("window-ready"); //$NON-NLS-1$
        if (firstStart != null) {
            IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
            firstStart.reportTo(configurer.getWindow().getShell().getDisplay(),
                    configurer.getActionBarConfigurer().getStatusLineManager());
        }
    }
}
