package xiaokang.core.ui.internal;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.operation.ModalContext;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Display;

import xiaokang.store.StoreException;

/**
 * A read an editor cannot open without, done off the UI thread while the workbench shows a busy
 * cursor and keeps painting.
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
        Exception[] failure = new Exception[1];
        Display display = Display.getCurrent();
        // A forked modal context keeps the event loop running; unlike the progress service it makes no dialog for a short read.
        BusyIndicator.showWhile(display, () -> {
            try {
                ModalContext.run(monitor -> {
                    try {
                        read[0] = reading.read();
                    } catch (StoreException e) {
                        failure[0] = e;
                    }
                }, true, new NullProgressMonitor(), display);
            } catch (InvocationTargetException e) {
                failure[0] = e.getCause() instanceof Exception cause ? cause : e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure[0] = e;
            }
        });
        if (failure[0] instanceof StoreException e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new StoreException(String.valueOf(failure[0].getMessage()), failure[0]);
        }
        @SuppressWarnings("unchecked")
        T result = (T) read[0];
        return result;
    }
}
