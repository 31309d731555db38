package org.glyphgan.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;

/**
 * Samples this process's memory every {@link #PERIOD_MS} ms on a daemon thread while it is open and
 * keeps the peaks, for benchmark reports. Heap is the JVM heap in use (garbage included until it is
 * collected). Resident is the process's resident set as JavaCPP reads it from the operating system.
 * Off-heap is the resident set minus the JVM's committed heap and non-heap memory: the ND4J array
 * buffers, which the native library allocates itself, plus native libraries and their caches.
 * It is an estimate, because neither JavaCPP's nor ND4J's allocation counters see those
 * buffers on the CPU backend (both stayed under 200 bytes after allocating a 40 MB array).
 */
public final class MemorySampler implements AutoCloseable {
    /** Sampling period, in milliseconds. */
    public static final long PERIOD_MS = 50;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakHeapBytes;
    private volatile long peakOffHeapBytes;
    private volatile long peakResidentBytes;

    /** Starts sampling. */
    public MemorySampler() {
        sample();
        thread = new Thread(this::run, "memory-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private synchronized void sample() {
        peakHeapBytes = Math.max(peakHeapBytes, memory.getHeapMemoryUsage().getUsed());
        long resident = Pointer.physicalBytes();
        long jvmCommitted = memory.getHeapMemoryUsage().getCommitted() + memory.getNonHeapMemoryUsage().getCommitted();
        peakOffHeapBytes = Math.max(peakOffHeapBytes, resident - jvmCommitted);
        peakResidentBytes = Math.max(peakResidentBytes, resident);
    }

    public long peakHeapBytes() {
        return peakHeapBytes;
    }

    public long peakOffHeapBytes() {
        return peakOffHeapBytes;
    }

    public long peakResidentBytes() {
        return peakResidentBytes;
    }

    /** Formats the peaks, in MiB, with the configured limits: {@code -Xmx} and JavaCPP's {@code maxbytes}. */
    public String describePeaks() {
        sample();
        return String.format(Locale.ROOT,
                "peak heap %d MiB (limit %d MiB), peak off-heap %d MiB (limit %d MiB), peak resident %d MiB",
                mib(peakHeapBytes), mib(memory.getHeapMemoryUsage().getMax()), mib(peakOffHeapBytes),
                mib(Pointer.maxBytes()), mib(peakResidentBytes));
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
