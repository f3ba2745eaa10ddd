package xiaokang.core.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.Section;

import xiaokang.edit.ui.EditCommands;
import xiaokang.edit.ui.FeatureFields;

/**
 * Edits any stored object with a field for each of its features (named by its item provider),
 * for the records a plug-in keeps that need no form of their own: a listing, an inspection.
 */
public final class ObjectEditor extends StoredObjectEditor {

    public static final String ID = "xiaokang.core.ui.objectEditor"; //$NON-NLS-1$

    /** Opens (or brings to front) the editor of a stored object. */
    public static IEditorPart open(IWorkbenchPage page, StoredObjectInput input) throws PartInitException {
        return page.openEditor(input, ID);
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
        new FeatureFields(toolkit(), this::domain, this::object, this::onChange).all(fields);
    }
}
