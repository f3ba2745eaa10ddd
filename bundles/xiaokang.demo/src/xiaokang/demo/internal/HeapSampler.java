package xiaokang.demo.internal;

import java.lang.management.ManagementFactory;

/** The most heap in use at once, sampled every 20 ms (the pools' own peaks fall at different times). */
final class HeapSampler {

    private final Thread thread;
    private volatile long peak;
    private volatile boolean done;

    HeapSampler() {
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

    long peak() {
        return peak;
    }

    void stop() {
        done = true;
    }
}
