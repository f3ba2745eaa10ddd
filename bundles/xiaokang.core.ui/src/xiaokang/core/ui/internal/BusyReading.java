package xiaokang.core.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.ui.PlatformUI;

import xiaokang.store.StoreException;

/**
 * A read an editor cannot open without, done off the UI thread while the workbench shows a busy
 * cursor (and, on a slow server, a progress dialog) and keeps painting.
 */
public final class BusyReading {

    /** What is read. */
    @FunctionalInterface
    public interface Reading<T> {
        T read() throws StoreException;
    }

    private BusyReading() {
    }

    /** Runs {@code reading} in a worker thread and returns what it read; call it on the UI thread. */
    public static <T> T run(Reading<T> reading) throws StoreException {
        Object[] read = new Object[1];
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                try {
                    read[0] = reading.read();
                } catch (StoreException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof StoreException cause) {
                throw cause;
            }
            throw new StoreException(String.valueOf(e.getCause().getMessage()), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(e.toString(), e);
        }
        @SuppressWarnings("unchecked")
        T result = (T) read[0];
        return result;
    }
}
