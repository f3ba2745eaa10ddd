package xiaokang.install.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.ui.handlers.HandlerUtil;

import xiaokang.install.InstallException;
import xiaokang.install.PluginInstaller;

/** Help ▸ 插件…: opens the plug-ins dialog on the running product's installer. */
public final class PluginsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        PluginInstaller installer = null;
        String problem = null;
        try {
            installer = PluginInstaller.ofRunningProduct(HandlerUtil.getActiveWorkbenchWindowChecked(event).getService(IProvisioningAgentProvider.class));
        } catch (InstallException e) {
            problem = e.getMessage();
        }
        new PluginsDialog(HandlerUtil.getActiveShellChecked(event), installer, problem).open();
        return null;
    }
}
