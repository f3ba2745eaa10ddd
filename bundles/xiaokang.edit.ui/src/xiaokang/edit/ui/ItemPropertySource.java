package xiaokang.edit.ui;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.PropertySheetPage;

import xiaokang.edit.ui.internal.FeatureCellEditors;

/**
 * An object's properties for the Properties view, from its item provider's property descriptors:
 * names, categories and descriptions in the user's language, values as the item provider shows
 * them. Read-only, unless an editor gives its editing domain: then its attributes are edited in
 * the view through the editor's commands (undo, redo, and the editor's save write them).
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final AdapterFactoryEditingDomain domain;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this(object, source, null);
    }

    /** @param domain the editing domain the edits are commands on, or null for a read-only source */
    public ItemPropertySource(Object object, IItemPropertySource source, AdapterFactoryEditingDomain domain) {
        this.object = object;
        this.source = source;
        this.domain = domain;
    }

    /** The editable property source of an object an editor edits in {@code domain}, or null. */
    public static IPropertySource editable(Object object, AdapterFactoryEditingDomain domain) {
        Object adapter = domain.getAdapterFactory().adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new ItemPropertySource(object, itemSource, domain) : null;
    }

    /** The property source of {@code object}, or null when its item provider has none. */
    public static IPropertySource of(Object object, AdapterFactory adapterFactory) {
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new ItemPropertySource(object, itemSource) : null;
    }

    /**
     * The Properties view's page for an editor: the objects selected in it edited through its
     * domain's commands (the domain may be replaced when the editor reloads).
     */
    public static IPropertySheetPage sheetPage(Supplier<AdapterFactoryEditingDomain> domain) {
        PropertySheetPage page = new PropertySheetPage();
        page.setPropertySourceProvider(object -> object instanceof EObject ? editable(object, domain.get()) : null);
        return page;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        IPropertyDescriptor[] descriptors = new IPropertyDescriptor[items.size()];
        for (int i = 0; i < descriptors.length; i++) {
            descriptors[i] = descriptor(items.get(i));
        }
        return descriptors;
    }

    private IPropertyDescriptor descriptor(IItemPropertyDescriptor item) {
        PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object)) {
            @Override
            public CellEditor createPropertyEditor(Composite parent) {
                EAttribute attribute = editableAttribute(item);
                if (attribute == null) {
                    return null;
                }
                IItemLabelProvider labels = item.getLabelProvider(object);
                List<String> choices = FeatureCellEditors.literals(attribute).stream().map(l -> labels.getText(l.getInstance())).toList();
                return FeatureCellEditors.of(parent, attribute, choices);
            }
        };
        descriptor.setCategory(item.getCategory(object));
        descriptor.setDescription(item.getDescription(object));
        IItemLabelProvider labels = item.getLabelProvider(object);
        descriptor.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object value) {
                return labels.getText(value);
            }
        });
        return descriptor;
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item == null ? null : item.getPropertyValue(object);
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        return item != null && item.isPropertySet(object);
    }

    /** The single-valued attribute the descriptor shows, when this source edits and the item provider lets it be set. */
    private EAttribute editableAttribute(IItemPropertyDescriptor item) {
        Object feature = item.getFeature(object);
        return domain != null && item.canSetProperty(object) && feature instanceof EAttribute attribute && !attribute.isMany()
                && !attribute.isDerived() ? attribute : null;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // A value is changed by typing another; the model has no defaults to go back to.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
        EAttribute attribute = item == null ? null : editableAttribute(item);
        if (attribute != null && object instanceof EObject owner) {
            EditCommands.apply(domain, owner, attribute, value);
        }
    }
}
