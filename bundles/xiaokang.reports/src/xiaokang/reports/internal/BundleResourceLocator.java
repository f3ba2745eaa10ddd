package xiaokang.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;

import org.eclipse.birt.report.model.api.IResourceLocator;
import org.eclipse.birt.report.model.api.ModuleHandle;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Finds what a design refers to (libraries, message files, images) next to the design in its own
 * bundle first, then among the shared resources in this bundle's {@code reports/} folder: so every
 * plug-in's design can use {@code xiaokang.rptlibrary} by its bare name.
 */
final class BundleResourceLocator implements IResourceLocator {

    private static final String SHARED_FOLDER = "reports/"; //$NON-NLS-1$

    @Override
    public URL findResource(ModuleHandle module, String fileName, int type) {
        return findResource(module, fileName, type, Map.of());
    }

    @Override
    @SuppressWarnings("rawtypes")
    public URL findResource(ModuleHandle module, String fileName, int type, Map appContext) {
        URL beside = besideModule(module, fileName);
        if (beside != null) {
            return beside;
        }
        Bundle self = FrameworkUtil.getBundle(BundleResourceLocator.class);
        return FileLocator.find(self, IPath.fromPortableString(SHARED_FOLDER + fileName));
    }

    private static URL besideModule(ModuleHandle module, String fileName) {
        if (module == null || module.getFileName() == null) {
            return null;
        }
        try {
            URL candidate = new URL(new URL(module.getFileName()), fileName);
            try (InputStream probe = candidate.openStream()) {
                return candidate;
            }
        } catch (MalformedURLException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
