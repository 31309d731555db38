package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GenerationSlotsTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void busySlotsRejectWithTooManyRequests() throws Exception {
        ServerLimits oneSlot = limits(1, Duration.ofSeconds(30));
        GenerationSlots slots = new GenerationSlots(oneSlot, timer);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = Executors.newSingleThreadExecutor().submit(() -> slots.run("Generation", cancel -> {
            running.countDown();
            await(release);
            return "first";
        }));
        assertTrue(running.await(10, TimeUnit.SECONDS), "first call did not start");

        ApiException busy = assertThrows(ApiException.class, () -> slots.run("Generation", cancel -> "second"));
        assertEquals(429, busy.status());
        assertTrue(busy.getMessage().startsWith("Busy"), busy.getMessage());

        release.countDown();
        assertEquals("first", first.get(10, TimeUnit.SECONDS));
        assertEquals("third", slots.run("Generation", cancel -> "third"), "the slot was not released");
    }

    @Test
    void deadlineCancelsWithServiceUnavailable() {
        GenerationSlots slots = new GenerationSlots(limits(1, Duration.ofMillis(200)), timer);
        ApiException late = assertThrows(ApiException.class, () -> slots.run("Generation", cancel -> {
            while (true) {
                cancel.throwIfCancelled();
                Thread.onSpinWait();
            }
        }));
        assertEquals(503, late.status());
        assertTrue(late.getMessage().contains("timed out"), late.getMessage());
        assertEquals("next", slots.run("Generation", cancel -> "next"), "the slot was not released");
    }

    private static ServerLimits limits(int generationSlots, Duration deadline) {
        ServerLimits defaults = ServerLimits.defaults();
        return new ServerLimits(defaults.maxJsonBytes(), defaults.maxUploadBytes(), defaults.requestReadTimeout(),
                deadline, defaults.retrainDeadline(), defaults.workerThreads(), generationSlots, defaults.maxEventStreams(),
                defaults.maxQueuedJobs(), defaults.maxCodePoints(), defaults.maxCandidates(), defaults.maxCachedSets(),
                defaults.maxCachedFonts(), defaults.maxKeptJobs());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
