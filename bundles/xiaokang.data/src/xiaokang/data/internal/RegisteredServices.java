package xiaokang.data.internal;

import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The services every plug-in registers under one of this bundle's types, each got for one call
 * and released after it. Outside OSGi (a plain unit test) there are none.
 */
public final class RegisteredServices<S> {

    /** What is done with each service; it may fail as the caller's work does. */
    public interface Use<S, E extends Exception> {
        void accept(S service) throws E;
    }

    private final BundleContext context;
    private final Collection<ServiceReference<S>> references;

    private RegisteredServices(Class<S> type) {
        this.context = FrameworkUtil.getBundle(RegisteredServices.class).getBundleContext();
        try {
            this.references = context == null ? List.of() : context.getServiceReferences(type, null);
        } catch (InvalidSyntaxException e) {
            // No filter is given.
            throw new IllegalStateException(e);
        }
    }

    /** The services registered now under {@code type}. */
    public static <S> RegisteredServices<S> of(Class<S> type) {
        return new RegisteredServices<>(type);
    }

    public int size() {
        return references.size();
    }

    /** Calls {@code use} with each service still registered, in the order of their references. */
    public <E extends Exception> void forEach(Use<? super S, E> use) throws E {
        for (ServiceReference<S> reference : references) {
            S service = context.getService(reference);
            if (service == null) {
                continue;
            }
            try {
                use.accept(service);
            } finally {
                context.ungetService(reference);
            }
        }
    }
}
