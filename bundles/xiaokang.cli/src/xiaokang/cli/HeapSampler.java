package xiaokang.cli;

import java.lang.management.ManagementFactory;

/**
 * For a command that measures: the most heap in use at once, sampled every 20 ms (the pools' own
 * peaks fall at different times and add up to more than the heap holds).
 */
public final class HeapSampler implements AutoCloseable {

    private final Thread thread;
    private volatile long peak;
    private volatile boolean done;

    public HeapSampler() {
        System.gc();
        thread = new Thread(() -> {
            while (!done) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "xiaokang heap sampler"); //$NON-NLS-1$
        thread.setDaemon(true);
        thread.start();
    }

    /** The most heap in use at once so far, in bytes. */
    public long peak() {
        return peak;
    }

    @Override
    public void close() {
        done = true;
    }
}
