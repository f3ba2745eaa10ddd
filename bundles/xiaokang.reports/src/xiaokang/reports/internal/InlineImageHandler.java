package xiaokang.reports.internal;

import java.util.Base64;
import java.util.Locale;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;

/**
 * Puts images and charts into the HTML itself (data URLs): one self-contained file that the
 * workbench's browser, a mail attachment or a USB stick carries whole.
 */
final class InlineImageHandler extends HTMLImageHandler {

    @Override
    public String onDesignImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onDocImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onCustomImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onFileImage(IImage image, Object context) {
        return inline(image);
    }

    @Override
    public String onURLImage(IImage image, Object context) {
        return image.getID();
    }

    private static String inline(IImage image) {
        return "data:" + mimeType(image) + ";base64," + Base64.getEncoder().encodeToString(image.getImageData()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String mimeType(IImage image) {
        if (image.getMimeType() != null) {
            return image.getMimeType();
        }
        String extension = image.getExtension() == null ? "" : image.getExtension().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        return switch (extension) {
            case ".svg" -> "image/svg+xml"; //$NON-NLS-1$ //$NON-NLS-2$
            case ".jpg", ".jpeg" -> "image/jpeg"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            default -> "image/png"; //$NON-NLS-1$
        };
    }
}
