package xiaokang.ui.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** Name, version and description of the running product, with fallbacks when none is defined. */
final class ProductInfo {

    private ProductInfo() {
    }

    static String name() {
        IProduct product = Platform.getProduct();
        return product != null && product.getName() != null ? product.getName() : Messages.Product_name;
    }

    static Version version() {
        IProduct product = Platform.getProduct();
        return product != null ? product.getDefiningBundle().getVersion()
                : FrameworkUtil.getBundle(ProductInfo.class).getVersion();
    }

    static String aboutText() {
        IProduct product = Platform.getProduct();
        String text = product != null ? product.getProperty("aboutText") : null; //$NON-NLS-1$
        return text != null ? text : ""; //$NON-NLS-1$
    }
}
