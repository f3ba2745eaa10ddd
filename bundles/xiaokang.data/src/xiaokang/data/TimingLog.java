package xiaokang.data;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.eclipse.core.runtime.ILog;

/**
 * How long the steps a user waits for took (the window showing, a township opening, a household
 * editor opening, a search), written on request to the file {@code -Dxiaokang.timing=FILE} names,
 * one tab-separated line each: step, milliseconds, what. {@code releng/ui-bench} reads it; without
 * the property nothing is measured or written.
 */
public final class TimingLog {

    public static final String PROPERTY = "xiaokang.timing"; //$NON-NLS-1$

    private TimingLog() {
    }

    /** A start time for {@link #record}, or 0 when no log was asked for. */
    public static long start() {
        return file() == null ? 0 : System.nanoTime();
    }

    /** Logs {@code step} as taking from {@code start} until now. */
    public static void record(String step, String what, long start) {
        if (start != 0) {
            write(step, (System.nanoTime() - start) / 1_000_000, what);
        }
    }

    /** Logs {@code step} as taking from the start of the Java process until now. */
    public static void sinceProcessStart(String step) {
        if (file() != null) {
            write(step, System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(), ""); //$NON-NLS-1$
        }
    }

    private static Path file() {
        String name = System.getProperty(PROPERTY);
        return name == null || name.isBlank() ? null : Path.of(name);
    }

    private static synchronized void write(String step, long millis, String what) {
        String line = step + '\t' + millis + '\t' + what.replace('\t', ' ').replace('\n', ' ') + '\n';
        try {
            Files.writeString(file(), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            ILog.of(TimingLog.class).warn("Cannot write the timing log: " + e.getMessage()); //$NON-NLS-1$
        }
    }
}
