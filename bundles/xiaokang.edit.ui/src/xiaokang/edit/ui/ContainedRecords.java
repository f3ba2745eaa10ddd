package xiaokang.edit.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.widgets.FormToolkit;

import xiaokang.edit.ui.internal.Messages;

/**
 * A record's contained list (an inspection group's inspections, a campaign's entries) as a table
 * with a column per field, and 添加…, 编辑… and 删除 that open the contained record's generic form
 * in a dialog. Every change is a command on the editor's stack, undone as one when the dialog is
 * cancelled.
 */
public final class ContainedRecords {

    private static final int COLUMNS = 6;

    private final FeatureFields fields;
    private final Supplier<AdapterFactoryEditingDomain> domain;
    private final Supplier<EObject> owner;
    private final EReference containment;
    private TableViewer table;

    public ContainedRecords(FeatureFields fields, Supplier<AdapterFactoryEditingDomain> domain, Supplier<EObject> owner,
            EReference containment) {
        this.fields = fields;
        this.domain = domain;
        this.owner = owner;
        this.containment = containment;
    }

    /** Makes the table and its buttons in {@code parent}; {@code onChange} registers how it shows the list again. */
    public TableViewer create(FormToolkit toolkit, Composite parent, Consumer<Runnable> onChange) {
        Composite box = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
        table = new TableViewer(box, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData("feature", containment.getName()); //$NON-NLS-1$
        table.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 170).span(1, 3).applyTo(table.getControl());
        EObject sample = EcoreUtil.create(containment.getEReferenceType());
        columns(sample).forEach(feature -> TableColumns.add(table, EditCommands.displayName(domain.get(), sample, feature), 110, SWT.LEFT,
                EObject.class, row -> text(row, feature)));
        button(toolkit, box, Messages.FeatureFields_add, this::add);
        button(toolkit, box, Messages.ContainedRecords_edit, () -> selected().ifPresent(this::edit));
        button(toolkit, box, Messages.ContainedRecords_remove,
                () -> selected().ifPresent(row -> EditCommands.remove(domain.get(), owner.get(), containment, row)));
        table.addDoubleClickListener(event -> selected().ifPresent(this::edit));
        onChange.accept(() -> table.setInput(List.copyOf((List<?>) owner.get().eGet(containment))));
        return table;
    }

    private static void button(FormToolkit toolkit, Composite box, String text, Runnable run) {
        Button button = toolkit.createButton(box, text, SWT.PUSH);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(button);
        button.addListener(SWT.Selection, event -> run.run());
    }

    private static List<EStructuralFeature> columns(EObject sample) {
        return sample.eClass().getEAllStructuralFeatures().stream()
                .filter(f -> FeatureFields.onForm(f) && !f.isMany()).limit(COLUMNS).toList();
    }

    private String text(EObject row, EStructuralFeature feature) {
        Object value = row.eGet(feature);
        if (feature instanceof EAttribute attribute) {
            return FeatureText.of(domain.get(), row, attribute);
        }
        return value == null ? "" : EditCommands.shortLabel(domain.get(), (EObject) value); //$NON-NLS-1$
    }

    private Optional<EObject> selected() {
        return Optional.ofNullable((EObject) ((IStructuredSelection) table.getSelection()).getFirstElement());
    }

    /** Adds a new record to the list and opens its form; cancelling takes it out again. */
    public void add() {
        add(EcoreUtil.create(containment.getEReferenceType()));
    }

    /**
     * Adds a new record made ready by the caller (an assessment with its six checks) and opens its
     * form; cancelling takes it out again. Returns whether it was kept.
     */
    public boolean add(EObject created) {
        Command before = domain.get().getCommandStack().getUndoCommand();
        EditCommands.add(domain.get(), owner.get(), containment, created);
        boolean kept = edit(created, before);
        if (kept && table != null) {
            table.setSelection(new StructuredSelection(created), true);
        }
        return kept;
    }

    /** Opens the form of a record in the list; cancelling undoes what was changed in it. */
    public void edit(EObject row) {
        edit(row, domain.get().getCommandStack().getUndoCommand());
    }

    private boolean edit(EObject row, Command before) {
        RecordFormDialog dialog = new RecordFormDialog(table != null ? table.getControl().getShell() : Display.getCurrent().getActiveShell(),
                EditCommands.label(domain.get(), row), fields, domain.get(), row);
        if (dialog.open() == RecordFormDialog.OK) {
            return true;
        }
        while (domain.get().getCommandStack().canUndo() && domain.get().getCommandStack().getUndoCommand() != before) {
            domain.get().getCommandStack().undo();
        }
        return false;
    }
}
