package xiaokang.ui.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import xiaokang.data.DatabaseSettings;
import xiaokang.data.WorkbenchStore;
import xiaokang.store.StoreException;

/** Opens the workbench: {@code xiaokang} with no command. */
public final class XiaokangApplication implements IApplication {

    /** What the start script passes on as the process's exit code when the workbench cannot open. */
    private static final Integer NOT_STARTED = 1;

    @Override
    public Object start(IApplicationContext context) throws IOException {
        Display display = PlatformUI.createDisplay();
        try {
            Location data = Platform.getInstanceLocation();
            if (data != null && data.isSet() && !data.lock()) {
                // The data folder holds the embedded database, which one process at a time may open.
                String message = NLS.bind(Messages.Application_dataInUse, Path.of(data.getURL().getPath()));
                System.err.println("xiaokang: " + message); //$NON-NLS-1$
                MessageDialog.openError(null, Messages.Product_name, message);
                return NOT_STARTED;
            }
            DatabaseSettings settings = DatabaseSettings.read();
            if (settings.onServer() && !logIn(settings)) {
                return IApplication.EXIT_OK;
            }
            int code = PlatformUI.createAndRunWorkbench(display, new XiaokangWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    /** Asks for the login to the shared database; false when the user would rather not (Cancel). */
    private boolean logIn(DatabaseSettings settings) {
        BundleContext bundles = FrameworkUtil.getBundle(XiaokangApplication.class).getBundleContext();
        WorkbenchStore store = bundles.getService(bundles.getServiceReference(WorkbenchStore.class));
        LoginDialog dialog = new LoginDialog(null, settings.serverUrl(), settings.user(), store);
        if (dialog.open() != Window.OK) {
            return false;
        }
        try {
            // The next start offers the same user.
            new DatabaseSettings(settings.folder(), settings.serverUrl(), dialog.loggedIn()).save();
        } catch (StoreException e) {
            ILog.of(XiaokangApplication.class).warn(e.getMessage(), e);
        }
        return true;
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
