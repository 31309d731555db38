package org.glyphgan.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.facade.GlyphGan;

/** One service over the tiny model, started on a free loopback port and shared by the tests of a JVM. */
final class TestServer {
    private static GlyphganServer server;
    private static Path stylesDir;

    private TestServer() {
    }

    static synchronized GlyphganServer shared() {
        if (server == null) {
            try {
                stylesDir = Files.createTempDirectory("glyphgan-server-styles-");
                server = GlyphganServer.start(GlyphGan.open(TinyServerModel.build(), stylesDir), 0,
                        ServerLimits.defaults());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test server", e);
            }
        }
        return server;
    }
}
