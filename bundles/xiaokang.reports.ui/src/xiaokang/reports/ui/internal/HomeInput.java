package xiaokang.reports.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/** The one home page: every home input is the same, so opening it again shows the page already open. */
final class HomeInput implements IEditorInput {

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return Messages.HomePage_name;
    }

    @Override
    public IPersistableElement getPersistable() {
        // opened by the workbench at every start, not restored with the editors
        return null;
    }

    @Override
    public String getToolTipText() {
        return Messages.HomePage_name;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HomeInput;
    }

    @Override
    public int hashCode() {
        return HomeInput.class.hashCode();
    }
}
