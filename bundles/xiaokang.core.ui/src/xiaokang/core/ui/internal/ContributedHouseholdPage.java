package xiaokang.core.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;

import xiaokang.core.ui.HouseholdPage;

/** A page of the household editor that a plug-in contributes ({@code xiaokang.core.ui.householdPages}). */
final class ContributedHouseholdPage extends FormPage {

    static final String EXTENSION_POINT = "xiaokang.core.ui.householdPages"; //$NON-NLS-1$

    private final HouseholdEditor editor;
    private final HouseholdPage contribution;
    private final String name;

    private ContributedHouseholdPage(HouseholdEditor editor, String id, String name, HouseholdPage contribution) {
        super(editor, id, name);
        this.editor = editor;
        this.name = name;
        this.contribution = contribution;
    }

    /** A page for every contribution; one whose class cannot be made is logged and left out. */
    static List<ContributedHouseholdPage> all(HouseholdEditor editor, IExtensionRegistry registry) {
        List<ContributedHouseholdPage> pages = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                pages.add(new ContributedHouseholdPage(editor, element.getAttribute("id"), element.getAttribute("name"), //$NON-NLS-1$ //$NON-NLS-2$
                        (HouseholdPage) element.createExecutableExtension("class"))); //$NON-NLS-1$
            } catch (CoreException | ClassCastException e) {
                ILog.of(ContributedHouseholdPage.class).error(element.getContributor().getName() + ": " + e.getMessage(), e); //$NON-NLS-1$
            }
        }
        return pages;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText(name);
        contribution.createContents(managedForm.getForm().getBody(), managedForm.getToolkit(), new HouseholdPage.Context(
                editor.householdInput().store(), editor.householdInput().id(), editor.household().getNumber(), getSite().getPage()));
        editor.onStoredChange(() -> {
            if (managedForm.getForm() != null && !managedForm.getForm().isDisposed()) {
                contribution.refresh();
            }
        });
    }

    /** The contribution itself, e.g. for a test that looks at what the page shows. */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(contribution) ? adapter.cast(contribution) : super.getAdapter(adapter);
    }
}
