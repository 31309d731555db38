package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.glyphgan.facade.GlyphGan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A retraining job that runs past the service's deadline fails with a timed-out message. */
class RetrainDeadlineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void jobPastDeadlineFailsAsTimedOut() throws Exception {
        ServerLimits defaults = ServerLimits.defaults();
        ServerLimits limits = new ServerLimits(defaults.maxJsonBytes(), defaults.maxUploadBytes(),
                defaults.requestReadTimeout(), defaults.generationDeadline(), Duration.ofMillis(1),
                defaults.workerThreads(), defaults.generationSlots(), defaults.maxEventStreams(),
                defaults.maxQueuedJobs(), defaults.maxCodePoints(), defaults.maxCandidates(), defaults.maxCachedSets(),
                defaults.maxCachedFonts(), defaults.maxKeptJobs());
        GlyphganServer server = GlyphganServer.start(GlyphGan.open(TinyServerModel.build(), dir.resolve("styles")), 0,
                limits);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<Path> pngs = SampleUploads.drawPngs(dir, "Ho");
            HttpResponse<String> accepted = client.send(request(server, "/api/retrain")
                    .header("Content-Type", SampleUploads.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.form("late", pngs, true))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            String jobId = JSON.readTree(accepted.body()).get("id").asText();

            JsonNode job = JSON.readTree(accepted.body());
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!RetrainJob.isFinished(JSON.convertValue(job, java.util.Map.class)) && System.nanoTime() < deadline) {
                Thread.sleep(50);
                job = JSON.readTree(client.send(request(server, "/api/jobs/" + jobId).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body());
            }

            assertEquals("failed", job.get("state").asText(), job.toString());
            assertTrue(job.get("error").asText().startsWith("Retraining timed out after "), job.toString());
            assertTrue(job.get("error").asText().endsWith("; retry with fewer samples or without fineTune"),
                    job.toString());
        } finally {
            server.close();
        }
    }

    private static HttpRequest.Builder request(GlyphganServer server, String path) {
        URI uri = server.baseUri().resolve(path);
        return HttpRequest.newBuilder(uri).header(AccessToken.HEADER, server.token().value())
                .timeout(Duration.ofSeconds(30));
    }
}
