package xiaokang.core.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;

import xiaokang.data.TimingLog;
import xiaokang.store.StoreException;

/** Tree content over {@link CountyContent}: children are read when a node is first opened. */
final class CountyTreeProvider implements ITreeContentProvider {

    private CountyContent content;

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        content = newInput instanceof CountyContent county ? county : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof CountyContent content && content.city() != null) {
            return new Object[] { content.city() };
        }
        return input instanceof String message ? new Object[] { message } : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (!(parent instanceof EObject object) || content == null) {
            return new Object[0];
        }
        long start = TimingLog.start();
        try {
            List<? extends EObject> children = content.children(object);
            TimingLog.record("expand", object.eClass().getName() + ' ' + children.size(), start); //$NON-NLS-1$
            return children.toArray();
        } catch (StoreException e) {
            ILog.of(CountyTreeProvider.class).error(e.getMessage(), e);
            return new Object[] { e.getMessage() };
        }
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof EObject object ? object.eContainer() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        // The counts are known before anything is read: an empty village shows no expand arrow.
        return element instanceof EObject object && CountyContent.hasChildren(object) && content != null
                && content.childCount(object) > 0;
    }
}
