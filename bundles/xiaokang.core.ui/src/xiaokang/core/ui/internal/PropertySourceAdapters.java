package xiaokang.core.ui.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import xiaokang.edit.ui.ItemPropertySource;

/**
 * Lets the Properties view show any model object selected anywhere in the workbench, through the
 * item providers registered for its package (the core's and every plug-in's).
 */
public final class PropertySourceAdapters implements IAdapterFactory {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
            ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof EObject) {
            return adapterType.cast(ItemPropertySource.of(adaptable, adapterFactory));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }
}
