package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API end to end on a real server over the tiny model. */
class ServerApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GlyphganServer server;
    private static HttpClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() {
        server = TestServer.shared();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void generateRegenerateExportAndSpecimen() throws Exception {
        JsonNode set = postJson("/api/generate",
                "{\"style\":{\"kind\":\"named\",\"name\":\"serif\"},\"chars\":\"Hab\",\"candidates\":2,\"seed\":3}", 200);
        String setId = set.get("id").asText();
        assertEquals(3, set.get("glyphs").size(), set.toString());
        for (JsonNode glyph : set.get("glyphs")) {
            assertTrue(glyph.get("svg").asText().contains("<svg"), "glyph SVG");
            double realism = glyph.get("realism").asDouble();
            assertTrue(realism >= 0, "realism " + realism);
            assertTrue(realism <= 1, "realism " + realism);
            assertTrue(glyph.has("classifierConfidence"), "classifier confidence");
        }
        assertEquals('H', set.get("glyphs").get(0).get("codePoint").asInt());

        JsonNode glyph = postJson("/api/regenerate", "{\"setId\":\"" + setId + "\",\"codePoint\":97,\"seed\":9}", 200);
        assertEquals(97, glyph.get("codePoint").asInt());
        assertEquals("a", glyph.get("character").asText());

        JsonNode exported = postJson("/api/export", "{\"setId\":\"" + setId + "\",\"family\":\"Server Test\"}", 200);
        HttpResponse<byte[]> font = client.send(api(exported.get("url").asText()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, font.statusCode());
        assertEquals("font/ttf", font.headers().firstValue("Content-Type").orElse(""));
        assertEquals(exported.get("sizeBytes").asInt(), font.body().length);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.body()))) {
            assertEquals("Server Test", ttf.getNaming().getFontFamily());
            assertTrue(ttf.getUnicodeCmapLookup().getGlyphId('H') > 0, "H is mapped");
            assertTrue(ttf.getUnicodeCmapLookup().getGlyphId('b') > 0, "b is mapped");
        }

        HttpResponse<String> specimen = client.send(api("/api/specimen/" + setId + ".svg").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, specimen.statusCode());
        assertTrue(specimen.body().contains("<svg"), "specimen SVG");
    }

    @Test
    void mixAndRandomStylesGenerate() throws Exception {
        JsonNode mixed = postJson("/api/generate", "{\"style\":\"mix:serif,sans,0.3\",\"chars\":\"o\"}", 200);
        assertEquals(1, mixed.get("glyphs").size(), mixed.toString());
        JsonNode random = postJson("/api/generate",
                "{\"style\":{\"kind\":\"random\",\"seed\":11},\"chars\":\"n\"}", 200);
        assertEquals(1, random.get("glyphs").size(), random.toString());
    }

    @Test
    void monospacedPitchSurvivesRegenerateAndExport() throws Exception {
        JsonNode set = postJson("/api/generate", "{\"style\":\"sans\",\"chars\":\"Wi.\",\"pitch\":\"monospaced\"}", 200);
        assertTrue(set.get("monospaced").asBoolean(), set.toString());
        int advance = set.get("advanceWidth").asInt();
        for (JsonNode glyph : set.get("glyphs")) {
            assertEquals(advance, glyph.get("advanceWidth").asInt(), glyph.toString());
        }
        String setId = set.get("id").asText();
        JsonNode glyph = postJson("/api/regenerate", "{\"setId\":\"" + setId + "\",\"codePoint\":105,\"seed\":4}", 200);
        assertEquals(advance, glyph.get("advanceWidth").asInt(), glyph.toString());

        JsonNode exported = postJson("/api/export", "{\"setId\":\"" + setId + "\",\"family\":\"Server Mono\"}", 200);
        HttpResponse<byte[]> font = client.send(api(exported.get("url").asText()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.body()))) {
            assertEquals(1, ttf.getPostScript().getIsFixedPitch());
            assertEquals(advance, ttf.getAdvanceWidth(ttf.getUnicodeCmapLookup().getGlyphId('i')));
        }
    }

    @Test
    void invalidPitchIsBadRequest() throws Exception {
        JsonNode error = postJson("/api/generate", "{\"style\":\"sans\",\"chars\":\"a\",\"pitch\":\"wide\"}", 400);
        assertEquals("Invalid pitch 'wide': use auto, proportional or monospaced", error.get("error").asText());
        JsonNode number = postJson("/api/generate", "{\"style\":\"sans\",\"chars\":\"a\",\"pitch\":5}", 400);
        assertEquals("Field 'pitch' is 5: use \"auto\", \"proportional\" or \"monospaced\"", number.get("error").asText());
    }

    @Test
    void unknownStyleIsBadRequest() throws Exception {
        JsonNode error = postJson("/api/generate", "{\"style\":{\"kind\":\"named\",\"name\":\"nope\"},\"chars\":\"a\"}",
                400);
        assertTrue(error.get("error").asText().contains("nope"), error.toString());
    }

    @Test
    void samplesPathStyleIsRejected() throws Exception {
        JsonNode error = postJson("/api/generate", "{\"style\":\"samples:/etc/passwd\",\"chars\":\"a\"}", 400);
        String message = error.get("error").asText();
        assertTrue(message.contains("/api/retrain"), message);
        assertTrue(!message.contains("root:"), message);
    }

    @Test
    void unsupportedCharacterIsListedAsFailure() throws Exception {
        JsonNode set = postJson("/api/generate", "{\"style\":\"serif\",\"chars\":\"a\u00e9\"}", 200);
        assertEquals(1, set.get("glyphs").size(), set.toString());
        assertEquals(0xE9, set.get("failures").get(0).get("codePoint").asInt());
    }

    @Test
    void retrainFromUploadedSamples() throws Exception {
        List<Path> pngs = SampleUploads.drawPngs(dir, "aeHno");
        HttpResponse<String> accepted = client.send(api("/api/retrain")
                .header("Content-Type", SampleUploads.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.form("api-test-hand", pngs))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String jobId = JSON.readTree(accepted.body()).get("id").asText();

        List<JsonNode> events = events(jobId);
        JsonNode last = events.get(events.size() - 1);
        assertEquals("succeeded", last.get("state").asText(), last.toString());
        assertEquals(5, last.get("result").get("sampleCount").asInt(), last.toString());

        JsonNode styles = JSON.readTree(client.send(api("/api/styles").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("styles");
        assertTrue(styles.toString().contains("\"api-test-hand\""), styles.toString());
        JsonNode set = postJson("/api/generate", "{\"style\":\"custom:api-test-hand\",\"chars\":\"x\"}", 200);
        assertEquals(1, set.get("glyphs").size(), set.toString());
    }

    @Test
    void retrainWithInvalidFineTuneRejected() throws Exception {
        List<Path> pngs = SampleUploads.drawPngs(dir, "Ho");
        HttpResponse<String> response = client.send(api("/api/retrain")
                .header("Content-Type", SampleUploads.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.form("api-yes", pngs, "yes"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Field 'fineTune' is 'yes': send true or false"), response.body());
    }

    @Test
    void retrainWithFineTune() throws Exception {
        List<Path> pngs = SampleUploads.drawPngs(dir, "Ho");
        HttpResponse<String> accepted = client.send(api("/api/retrain")
                .header("Content-Type", SampleUploads.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.form("api-tuned", pngs, true))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());
        String jobId = JSON.readTree(accepted.body()).get("id").asText();

        List<JsonNode> events = events(jobId);
        JsonNode last = events.get(events.size() - 1);
        assertEquals("succeeded", last.get("state").asText(), last.toString());
        assertEquals(RetrainApi.FINE_TUNE_STEPS, last.get("result").get("fineTuneSteps").asInt(), last.toString());
        assertTrue(events.stream().anyMatch(e -> e.get("stage").asText().equals("fine-tune decoder")), events.toString());
        JsonNode set = postJson("/api/generate", "{\"style\":\"custom:api-tuned\",\"chars\":\"x\"}", 200);
        assertEquals(1, set.get("glyphs").size(), set.toString());
    }

    @Test
    void retrainJobFailsOnUnusableSamples() throws Exception {
        Path garbage = java.nio.file.Files.write(dir.resolve("A.png"), new byte[] {1, 2, 3, 4});
        HttpResponse<String> accepted = client.send(api("/api/retrain")
                .header("Content-Type", SampleUploads.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleUploads.form("broken", List.of(garbage)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());

        List<JsonNode> events = events(JSON.readTree(accepted.body()).get("id").asText());
        JsonNode last = events.get(events.size() - 1);
        assertEquals("failed", last.get("state").asText(), last.toString());
        assertTrue(last.get("error").asText().contains("A.png"), last.toString());
    }

    @Test
    void retrainRejectsUnsafeFileName() throws Exception {
        List<Path> pngs = SampleUploads.drawPngs(dir, "a");
        byte[] form = new String(SampleUploads.form("x", pngs), StandardCharsets.ISO_8859_1)
                .replace("filename=\"U+0061.png\"", "filename=\"../../etc/a b.png\"")
                .getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = client.send(api("/api/retrain")
                .header("Content-Type", SampleUploads.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("is not allowed"), response.body());
    }

    /** Reads the job's server-sent events until the stream ends; returns each event's JSON data. */
    private static List<JsonNode> events(String jobId) throws Exception {
        HttpResponse<InputStream> response = client.send(api("/api/jobs/" + jobId + "/events").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        List<JsonNode> events = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data: ")) {
                    events.add(JSON.readTree(line.substring(6)));
                }
            }
        }
        assertNotNull(events.isEmpty() ? null : events.get(0), "no events");
        return events;
    }

    private static JsonNode postJson(String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = client.send(api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path)).header(AccessToken.HEADER, server.token().value())
                .timeout(Duration.ofSeconds(120));
    }
}
