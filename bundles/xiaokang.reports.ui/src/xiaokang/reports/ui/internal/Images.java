package xiaokang.reports.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The bundle's icons. */
final class Images {

    private static final String BUNDLE = "xiaokang.reports.ui"; //$NON-NLS-1$

    static final ImageDescriptor REPORT = icon("icons/report.png"); //$NON-NLS-1$
    static final ImageDescriptor CATEGORY = icon("icons/category.png"); //$NON-NLS-1$

    private Images() {
    }

    private static ImageDescriptor icon(String path) {
        return ResourceLocator.imageDescriptorFromBundle(BUNDLE, path).orElse(ImageDescriptor.getMissingImageDescriptor());
    }
}
