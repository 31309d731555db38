package org.glyphgan.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service's security rules, checked against a real server on 127.0.0.1. */
class ServerSecurityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GlyphganServer server;
    private static HttpClient client;

    @BeforeAll
    static void startServer() {
        server = TestServer.shared();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Test
    void serverBindsLoopbackOnly() throws Exception {
        assertEquals(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}),
                InetAddress.getByName(server.baseUri().getHost()));
        assertTrue(server.token().value().length() >= 43, "token shorter than 32 bytes in base64url");
    }

    @Test
    void validTokenReadsStyles() throws Exception {
        HttpResponse<String> response = send(api("/api/styles").GET());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode styles = JSON.readTree(response.body()).get("styles");
        assertEquals("serif", styles.get(0).get("name").asText());
        assertEquals("named", styles.get(0).get("kind").asText());
    }

    @Test
    void missingTokenIsUnauthorized() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUri().resolve("/api/styles")).GET());
        assertEquals(401, response.statusCode());
        assertTrue(error(response).contains("Missing X-Glyphgan-Token"), error(response));
    }

    @Test
    void wrongTokenIsUnauthorized() throws Exception {
        String wrong = server.token().value().substring(1) + "x";
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUri().resolve("/api/styles"))
                .header(AccessToken.HEADER, wrong).GET());
        assertEquals(401, response.statusCode());
        assertTrue(error(response).contains("Invalid X-Glyphgan-Token"), error(response));
        assertFalse(response.body().contains(wrong), "the error echoes the token sent");
    }

    @Test
    void tokenInQueryDoesNotAuthorizeApi() throws Exception {
        URI uri = server.baseUri().resolve("/api/styles?token=" + server.token().value());
        assertEquals(401, send(HttpRequest.newBuilder(uri).GET()).statusCode());
    }

    @Test
    void foreignHostIsMisdirected() throws Exception {
        int port = server.port();
        RawHttp.Response api = RawHttp.send(port, "GET /api/styles HTTP/1.1\r\nHost: evil.example:" + port
                + "\r\n" + AccessToken.HEADER + ": " + server.token().value(), new byte[0]);
        assertEquals(421, api.status(), api.body());
        assertTrue(api.body().contains("does not name this server"), api.body());
        RawHttp.Response page = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: evil.example:" + port, new byte[0]);
        assertEquals(421, page.status(), "the page itself must not load under a rebound name");
    }

    @Test
    void hostWithOtherPortIsMisdirected() throws Exception {
        int port = server.port();
        RawHttp.Response response = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1:" + (port + 1),
                new byte[0]);
        assertEquals(421, response.status());
    }

    @Test
    void localhostHostIsAccepted() throws Exception {
        int port = server.port();
        RawHttp.Response response = RawHttp.send(port, "GET /api/styles HTTP/1.1\r\nHost: localhost:" + port
                + "\r\n" + AccessToken.HEADER + ": " + server.token().value(), new byte[0]);
        assertEquals(200, response.status(), response.body());
    }

    @Test
    void foreignOriginIsForbidden() throws Exception {
        HttpResponse<String> response = send(api("/api/generate").header("Origin", "http://evil.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"style\":\"serif\",\"chars\":\"a\"}")));
        assertEquals(403, response.statusCode());
        assertTrue(error(response).contains("Origin 'http://evil.example' is not allowed"), error(response));
    }

    @Test
    void nullOriginIsForbidden() throws Exception {
        HttpResponse<String> response = send(api("/api/styles").header("Origin", "null").GET());
        assertEquals(403, response.statusCode());
    }

    @Test
    void ownOriginIsAllowed() throws Exception {
        HttpResponse<String> response = send(api("/api/styles")
                .header("Origin", "http://localhost:" + server.port()).GET());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void crossSiteFetchIsForbidden() throws Exception {
        HttpResponse<String> response = send(api("/api/styles").header("Sec-Fetch-Site", "cross-site").GET());
        assertEquals(403, response.statusCode());
    }

    @Test
    void stateChangingGetIsNotAllowed() throws Exception {
        for (String path : new String[] {"/api/generate", "/api/regenerate", "/api/export", "/api/retrain",
                "/api/jobs/abc/cancel"}) {
            HttpResponse<String> response = send(api(path).GET());
            assertEquals(405, response.statusCode(), path);
            assertEquals("POST", response.headers().firstValue("Allow").orElse(""), path);
            assertTrue(error(response).contains("GET never changes state"), error(response));
        }
    }

    @Test
    void postOnReadOnlyPathIsNotAllowed() throws Exception {
        HttpResponse<String> response = send(api("/api/styles").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, response.statusCode());
        assertEquals("GET", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void oversizeJsonIsTooLarge() throws Exception {
        String body = "{\"style\":\"serif\",\"chars\":\"" + "a".repeat(70_000) + "\"}";
        HttpResponse<String> response = send(api("/api/generate").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(413, response.statusCode());
        assertTrue(error(response).contains("exceeds the limit of 65536 bytes"), error(response));
    }

    @Test
    void oversizeUploadIsTooLargeBeforeReading() throws Exception {
        int port = server.port();
        RawHttp.Response response = RawHttp.send(port, "POST /api/retrain HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\n" + AccessToken.HEADER + ": " + server.token().value()
                + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 30000000", new byte[0]);
        assertEquals(413, response.status(), response.body());
        assertTrue(response.body().contains("exceeds the limit of 20971520 bytes"), response.body());
    }

    @Test
    void malformedJsonIsBadRequest() throws Exception {
        HttpResponse<String> response = send(api("/api/generate").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"style\": \"serif\", \"chars\": ")));
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(error(response).startsWith("Malformed JSON in request body"), error(response));
    }

    @Test
    void invalidFieldIsBadRequest() throws Exception {
        HttpResponse<String> response = send(api("/api/generate").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"style\":\"serif\",\"chars\":\"a\",\"candidates\":99}")));
        assertEquals(400, response.statusCode());
        assertTrue(error(response).contains("'candidates' is 99"), error(response));
    }

    @Test
    void wrongContentTypeIsUnsupported() throws Exception {
        HttpResponse<String> response = send(api("/api/generate").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, response.statusCode());
    }

    @Test
    void unknownPathsAreNotFound() throws Exception {
        assertEquals(404, send(api("/api/nothing").GET()).statusCode());
        assertEquals(404, send(api("/api/font/unknown.ttf").GET()).statusCode());
        assertEquals(404, send(api("/api/jobs/unknown").GET()).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(server.baseUri().resolve("/../etc/passwd")).GET()).statusCode());
    }

    @Test
    void pageCarriesSecurityHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(server.baseUri()).GET());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("glyphgan"), "page body");
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
    }

    private static HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(server.baseUri().resolve(path)).header(AccessToken.HEADER, server.token().value())
                .timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String error(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body()).path("error").asText();
    }
}
