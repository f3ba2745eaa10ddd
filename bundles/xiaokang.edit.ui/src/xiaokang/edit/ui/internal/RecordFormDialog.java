package xiaokang.edit.ui.internal;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.edit.ui.FeatureFields;
import xiaokang.edit.ui.FieldProblems;

/**
 * The generic form of a contained record in a dialog; its fields edit the record at once through
 * the editor's commands. 完成 stays off while a field holds a value that cannot be taken.
 */
public final class RecordFormDialog extends Dialog implements CommandStackListener {

    private final String title;
    private final FeatureFields parentFields;
    private final AdapterFactoryEditingDomain domain;
    private final EObject record;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final FieldProblems problems = new FieldProblems();
    private FormToolkit toolkit;

    public RecordFormDialog(Shell parent, String title, FeatureFields parentFields, AdapterFactoryEditingDomain domain, EObject record) {
        super(parent);
        this.title = title;
        this.parentFields = parentFields;
        this.domain = domain;
        this.record = record;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        toolkit = new FormToolkit(parent.getDisplay());
        Composite form = toolkit.createComposite(area);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        parentFields.of(toolkit, () -> record, refreshers::add, problems).all(form);
        domain.getCommandStack().addCommandStackListener(this);
        return area;
    }

    @Override
    protected Control createContents(Composite parent) {
        Control contents = super.createContents(parent);
        problems.onChange(this::enableDone);
        refreshers.forEach(Runnable::run);
        enableDone();
        return contents;
    }

    private void enableDone() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(problems.first().isEmpty());
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        getShell().getDisplay().asyncExec(() -> {
            if (getShell() != null && !getShell().isDisposed()) {
                refreshers.forEach(Runnable::run);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.RecordFormDialog_done, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.RecordChooser_cancel, false);
    }

    @Override
    public boolean close() {
        domain.getCommandStack().removeCommandStackListener(this);
        if (toolkit != null) {
            toolkit.dispose();
        }
        return super.close();
    }
}
