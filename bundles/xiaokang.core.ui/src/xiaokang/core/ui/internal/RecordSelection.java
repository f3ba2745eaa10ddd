package xiaokang.core.ui.internal;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.StructuredSelection;

/** An editor's selection: the record it edits, so that the Properties view shows (and edits) it. */
public final class RecordSelection implements ISelectionProvider {

    private final Supplier<EObject> record;

    public RecordSelection(Supplier<EObject> record) {
        this.record = record;
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(record.get());
    }

    @Override
    public void setSelection(ISelection selection) {
        // The editor's record is its only selection.
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        // The record an editor edits does not change.
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        // See addSelectionChangedListener.
    }
}
