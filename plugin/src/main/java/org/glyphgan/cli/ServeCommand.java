package org.glyphgan.cli;

import java.net.BindException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.server.AccessToken;
import org.glyphgan.server.GlyphganServer;
import org.glyphgan.server.ServerLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code glyphgan serve}: the preview page and JSON API on 127.0.0.1 until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the browser preview and the JSON API for design-tool plugins on 127.0.0.1 only.",
                "Prints the page URL with a random token that every API call needs; the token changes on every start."})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765",
            description = "TCP port on 127.0.0.1; 0 picks a free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--port': " + port
                    + " is outside 0 to 65535 (0 picks a free port)");
        }
        GlyphGan glyphGan = model.open();
        GlyphganServer server;
        try {
            server = GlyphganServer.start(glyphGan, port, ServerLimits.defaults());
        } catch (BindException e) {
            glyphGan.close();
            throw new IllegalArgumentException("Port " + port + " on 127.0.0.1 is in use (" + e.getMessage()
                    + "): pick another with --port, or --port 0 for a free one", e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            glyphGan.close();
            stopped.countDown();
        }, "glyphgan-serve-shutdown"));
        System.out.println("glyphgan preview: " + server.pageUri());
        System.out.println("API token (header " + AccessToken.HEADER + "): "
                + server.token().value());
        System.out.println("Press Ctrl-C to stop.");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
