package xiaokang.store.internal;

import java.sql.Driver;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Derby's drivers. Its bundles export no package that holds a driver, and DriverManager cannot
 * see drivers of other bundles, so the driver class is loaded through the Derby bundle this
 * bundle is wired to (Require-Bundle) and called directly.
 */
public final class DerbyDrivers {

    private DerbyDrivers() {
    }

    public static Driver embedded() {
        return load("derby", "org.apache.derby.iapi.jdbc.AutoloadedDriver"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public static Driver client() {
        return load("derbyclient", "org.apache.derby.client.ClientAutoloadedDriver"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Driver load(String symbolicName, String className) {
        Bundle self = FrameworkUtil.getBundle(DerbyDrivers.class);
        for (BundleWire wire : self.adapt(BundleWiring.class).getRequiredWires(BundleNamespace.BUNDLE_NAMESPACE)) {
            Bundle provider = wire.getProvider().getBundle();
            if (symbolicName.equals(provider.getSymbolicName())) {
                try {
                    return (Driver) provider.loadClass(className).getDeclaredConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Derby's driver " + className + " cannot be created", e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        throw new IllegalStateException("xiaokang.store is not wired to the bundle " + symbolicName); //$NON-NLS-1$
    }
}
