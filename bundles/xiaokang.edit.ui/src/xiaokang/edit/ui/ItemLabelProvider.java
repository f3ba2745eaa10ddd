package xiaokang.edit.ui;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Text and icon of any model object from its EMF item provider, for JFace viewers. EMF's own
 * {@code AdapterFactoryLabelProvider} lives in {@code emf.edit.ui}, which Maven Central does not
 * have; this is the part of it the workbench needs. Images are owned by this provider.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        return provider != null ? provider.getText(element) : super.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
        ImageDescriptor descriptor = provider == null ? null : descriptor(provider.getImage(element));
        return descriptor == null ? null : images.create(descriptor);
    }

    /** An item provider's image is a URL, or a composed image whose first layer is the object's icon. */
    private static ImageDescriptor descriptor(Object image) {
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof ComposedImage composed) {
            List<Object> layers = composed.getImages();
            return layers.isEmpty() ? null : descriptor(layers.get(0));
        }
        return image instanceof ImageDescriptor descriptor ? descriptor : null;
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }
}
