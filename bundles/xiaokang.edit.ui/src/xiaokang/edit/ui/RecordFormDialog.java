package xiaokang.edit.ui;

import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.edit.ui.internal.Messages;

/**
 * The generic form of a contained record in a dialog, with a table for each list it contains in
 * turn (an assessment's check results); its fields edit the record at once through the editor's
 * commands. 完成 stays off while a field holds a value that cannot be taken.
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
        FeatureFields fields = parentFields.of(toolkit, () -> record, refreshers::add, problems);
        fields.all(form);
        for (EReference containment : record.eClass().getEAllContainments()) {
            if (containment.isMany()) {
                Label title = toolkit.createLabel(form, EditCommands.displayName(domain, record, containment));
                GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(title);
                new ContainedRecords(fields, () -> domain, () -> record, containment).create(toolkit, form, refreshers::add);
            }
        }
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

    /** Closes the form keeping what was entered, as 完成 does (tests, and keyboard users' Ctrl+Enter). */
    public void done() {
        if (problems.first().isEmpty()) {
            okPressed();
        }
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
