package xiaokang.reports.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import xiaokang.data.FindingSources;

/**
 * The product's services as a test uses them: each tracked from its first use to the end of the
 * test run (a test runtime is one process per test bundle).
 */
public final class TestServices {

    private static final Map<Class<?>, ServiceTracker<?, ?>> TRACKERS = new ConcurrentHashMap<>();

    private TestServices() {
    }

    /** The registered service of {@code type}, waited for up to 30 seconds. */
    public static <T> T get(Class<T> type) {
        ServiceTracker<?, ?> tracker = TRACKERS.computeIfAbsent(type, key -> {
            ServiceTracker<?, ?> opened = new ServiceTracker<>(FrameworkUtil.getBundle(TestServices.class).getBundleContext(), key.getName(),
                    null);
            opened.open();
            return opened;
        });
        Object service;
        try {
            service = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (service == null) {
            throw new IllegalStateException(type.getName() + " is not registered"); //$NON-NLS-1$
        }
        return type.cast(service);
    }

    /** Every installed plug-in's finding sources. */
    public static FindingSources findingSources() {
        return get(FindingSources.class);
    }
}
