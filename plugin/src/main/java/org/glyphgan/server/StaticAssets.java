package org.glyphgan.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The preview page's files, read once from the classpath folder {@code org/glyphgan/server/web}. */
final class StaticAssets {
    private static final String FOLDER = "web/";
    /** URL path to file name and media type; only these files are served. */
    private static final Map<String, String[]> FILES = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/style.css", new String[] {"style.css", "text/css; charset=utf-8"},
            "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

    private final Map<String, byte[]> contents = new java.util.HashMap<>();

    StaticAssets() {
        FILES.values().forEach(file -> contents.computeIfAbsent(file[0], StaticAssets::read));
    }

    boolean serves(String path) {
        return FILES.containsKey(path);
    }

    void send(HttpExchange exchange, String path) throws IOException {
        String[] file = FILES.get(path);
        Exchanges.send(exchange, 200, file[1], contents.get(file[0]));
    }

    private static byte[] read(String name) {
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("Preview page file " + FOLDER + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read preview page file " + name, e);
        }
    }
}
