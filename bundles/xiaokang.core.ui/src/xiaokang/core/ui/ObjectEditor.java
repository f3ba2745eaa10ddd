package xiaokang.core.ui;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.edit.ui.ContainedRecords;
import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * Edits any stored object with a field for each of its features (named by its item provider) and
 * a table for each list it contains, for the records a plug-in keeps that need no form of their
 * own: a listing, an inspection group and its inspections, a county office's enrolment.
 */
public final class ObjectEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.core.ui.objectEditor"; //$NON-NLS-1$

    /** Opens (or brings to front) the editor of a stored object. */
    public static IEditorPart open(IWorkbenchPage page, StoredObjectInput input) throws PartInitException {
        return page.openEditor(input, ID);
    }

    @Override
    protected void saved() {
        StoreReadingView.recordsChanged(getSite().getPage());
    }

    /** Reads the lists the record contains, for their tables. */
    @Override
    protected void loaded(Session reading, EObject read) throws StoreException {
        for (EReference containment : read.eClass().getEAllContainments()) {
            reading.children(read, containment);
        }
    }

    @Override
    protected void createContent(Composite body) {
        GridLayoutFactory.swtDefaults().applyTo(body);
        Section section = toolkit().createSection(body, Section.TITLE_BAR);
        section.setText(EditCommands.label(domain(), object()));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(section);
        Composite fields = toolkit().createComposite(section);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(fields);
        section.setClient(fields);
        FeatureFields form = fields();
        form.all(fields);
        for (EReference containment : object().eClass().getEAllContainments()) {
            if (containment.isMany()) {
                Section list = toolkit().createSection(body, Section.TITLE_BAR);
                list.setText(EditCommands.displayName(domain(), object(), containment));
                GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
                Composite client = toolkit().createComposite(list);
                GridLayoutFactory.swtDefaults().applyTo(client);
                list.setClient(client);
                new ContainedRecords(form, this::domain, this::object, containment).create(toolkit(), client, this::onChange);
            }
        }
    }
}
