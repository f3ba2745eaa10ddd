package xiaokang.ui.internal;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import xiaokang.data.DatabaseSettings;
import xiaokang.data.TimingLog;

final class XiaokangWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The home page's command, when the reports' UI is installed (it is a plug-in like the others). */
    private static final String HOME = "xiaokang.reports.ui.home"; //$NON-NLS-1$

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
        DatabaseSettings settings = DatabaseSettings.read();
        // On a shared database the title says who is logged in where: the login saved the name.
        configurer.setTitle(settings.onServer() && settings.user() != null
                ? NLS.bind(Messages.Window_titleLoggedIn, new Object[] { ProductInfo.name(), settings.user(), settings.serverUrl() })
                : ProductInfo.name());
    }

    @Override
    public void postWindowOpen() {
        TimingLog.sinceProcessStart("window-ready"); //$NON-NLS-1$
        openHome();
        if (firstStart != null) {
            IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
            firstStart.reportTo(configurer.getWindow().getShell().getDisplay(),
                    configurer.getActionBarConfigurer().getStatusLineManager());
        }
    }

    private void openHome() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        ICommandService commands = window.getService(ICommandService.class);
        if (commands != null && commands.getCommand(HOME).isDefined()) {
            try {
                window.getService(IHandlerService.class).executeCommand(HOME, null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                ILog.of(getClass()).error(e.getMessage(), e);
            }
        }
    }
}
