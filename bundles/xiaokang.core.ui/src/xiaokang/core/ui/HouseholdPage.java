package xiaokang.core.ui;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.store.Store;

/**
 * A page a plug-in adds to the household editor through {@code xiaokang.core.ui.householdPages}.
 * It shows what the plug-in keeps about the household, read from the store; it is created once
 * per editor, when the user first turns to it.
 */
public interface HouseholdPage {

    /**
     * Which household a page shows, in which database, and the workbench page to open editors on.
     *
     * @param number the household number (户编号)
     */
    record Context(Store store, long householdId, String number, IWorkbenchPage page) {
    }

    /** Lays out the page's controls in {@code body} (a form body with no layout yet) and shows the household. */
    void createContents(Composite body, FormToolkit toolkit, Context context);

    /** Reads the household's data again: the editor calls this after each save and revert. */
    void refresh();
}
