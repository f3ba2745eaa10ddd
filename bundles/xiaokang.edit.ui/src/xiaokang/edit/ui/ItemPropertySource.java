package xiaokang.edit.ui;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * An object's properties for the Properties view, from its item provider's property descriptors:
 * names, categories and descriptions in the user's language, values as the item provider shows
 * them. Read-only: edits go through the editors, which save through the store.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;

    public ItemPropertySource(Object object, IItemPropertySource source) {
        this.object = object;
        this.source = source;
    }

    /** The property source of {@code object}, or null when its item provider has none. */
    public static IPropertySource of(Object object, AdapterFactory adapterFactory) {
        Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
        return adapter instanceof IItemPropertySource itemSource ? new ItemPropertySource(object, itemSource) : null;
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
        PropertyDescriptor descriptor = new PropertyDescriptor(item.getId(object), item.getDisplayName(object));
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

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: see the class comment.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only: see the class comment.
    }
}
