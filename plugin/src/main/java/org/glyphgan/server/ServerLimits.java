package org.glyphgan.server;

import java.time.Duration;

/**
 * Size, time and concurrency limits of the local service.
 *
 * @param maxJsonBytes        largest JSON request body, in bytes
 * @param maxUploadBytes      largest multipart upload (all sample files together), in bytes
 * @param requestReadTimeout  time allowed to receive one request (headers and body)
 * @param generationDeadline  time allowed for one generate or regenerate call
 * @param retrainDeadline     time allowed for one running retraining job; a job past it fails as timed out
 * @param workerThreads       threads that handle requests; event streams hold one each
 * @param generationSlots     generate or regenerate calls that may run at once
 * @param maxEventStreams     job event streams open at once
 * @param maxQueuedJobs       retraining jobs waiting behind the running one
 * @param maxCodePoints       characters one generate request may ask for
 * @param maxCandidates       candidates per glyph one generate request may ask for
 * @param maxCachedSets       generated glyph sets kept in memory; the least recently used goes first
 * @param maxCachedFonts      exported TTF files kept in memory; the least recently used goes first
 * @param maxKeptJobs         finished jobs whose state can still be read
 */
public record ServerLimits(int maxJsonBytes, long maxUploadBytes, Duration requestReadTimeout,
                           Duration generationDeadline, Duration retrainDeadline, int workerThreads, int generationSlots,
                           int maxEventStreams, int maxQueuedJobs, int maxCodePoints, int maxCandidates,
                           int maxCachedSets, int maxCachedFonts, int maxKeptJobs) {

    public static ServerLimits defaults() {
        return new ServerLimits(64 * 1024, 20L * 1024 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(120),
                Duration.ofMinutes(10), 8, 2, 4, 2, 512, 16, 32, 32, 64);
    }
}
