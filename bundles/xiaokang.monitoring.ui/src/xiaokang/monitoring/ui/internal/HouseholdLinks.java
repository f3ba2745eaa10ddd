package xiaokang.monitoring.ui.internal;

import java.util.concurrent.Callable;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPartSite;

import xiaokang.core.ui.HouseholdEditors;
import xiaokang.store.Store;

/** The household a warning or a monitored household is about, opened from the monitoring's views. */
final class HouseholdLinks {

    private HouseholdLinks() {
    }

    /** Opens the household's editor, or says why it cannot. */
    static void open(IWorkbenchPartSite site, Callable<Store> store, long householdId, String number) {
        try {
            HouseholdEditors.open(site.getPage(), store.call(), householdId, number);
        } catch (Exception e) {
            MessageDialog.openError(site.getShell(), Messages.Board_openHousehold, e.getMessage());
        }
    }
}
