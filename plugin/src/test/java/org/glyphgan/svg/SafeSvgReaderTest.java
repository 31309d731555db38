package org.glyphgan.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Untrusted SVG samples: every dangerous construct is rejected with a message naming it, and a
 * mock server on the loopback interface records that nothing was ever requested.
 */
class SafeSvgReaderTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 100 100\">";
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startMockServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopMockServer() {
        server.stop(0);
    }

    private String rejection(String svg) {
        return assertThrows(UnsafeSvgException.class, () -> SafeSvgReader.read(svg)).getMessage();
    }

    @Test
    void plainSampleAccepted() {
        Document document = SafeSvgReader.read(OPEN
                + "<defs><linearGradient id=\"g\"/></defs><path d=\"M10 10L90 10L90 90Z\" fill=\"url(#g)\"/>"
                + "<use xlink:href=\"#g\"/></svg>");
        assertEquals("svg", document.getDocumentElement().getLocalName());
    }

    @Test
    void deepNestingRejected() {
        String svg = OPEN + "<g>".repeat(20_000) + "</g>".repeat(20_000) + "</svg>";
        String message = rejection(svg);
        assertTrue(message.contains("256 levels"), message);
    }

    @Test
    void doctypeAndEntitiesRejected() {
        String message = rejection("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"" + base
                + "/entity\">]>" + OPEN + "<text>&x;</text></svg>");
        assertTrue(message.contains("DOCTYPE"), message);
        assertEquals(0, requests.get());
    }

    @Test
    void externalDtdRejected() {
        rejection("<!DOCTYPE svg SYSTEM \"" + base + "/svg.dtd\">" + OPEN + "</svg>");
        assertEquals(0, requests.get());
    }

    @Test
    void scriptRejected() {
        String message = rejection(OPEN + "<script>alert(1)</script></svg>");
        assertTrue(message.contains("<script>"), message);
    }

    @Test
    void eventAttributeRejected() {
        String message = rejection(OPEN + "<rect width=\"10\" height=\"10\" onclick=\"alert(1)\"/></svg>");
        assertTrue(message.contains("onclick"), message);
        assertTrue(rejection("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"/>").contains("onload"));
    }

    @Test
    void externalHrefRejected() {
        String message = rejection(OPEN + "<image xlink:href=\"" + base + "/a.png\" width=\"10\" height=\"10\"/></svg>");
        assertTrue(message.contains(base), message);
        assertTrue(rejection(OPEN + "<a href=\"javascript:alert(1)\"><rect/></a></svg>").contains("javascript:"));
        assertTrue(rejection(OPEN + "<use href=\"file:///etc/passwd#x\"/></svg>").contains("file:"));
        assertEquals(0, requests.get());
    }

    @Test
    void importAndExternalUrlRejected() {
        assertTrue(rejection(OPEN + "<style>@import url(" + base + "/x.css);</style></svg>").contains("@import"));
        String message = rejection(OPEN + "<rect style=\"fill: url('" + base + "/p.svg#p')\"/></svg>");
        assertTrue(message.contains("url(" + base), message);
        assertTrue(rejection(OPEN + "<rect filter=\"url(" + base + "/f.svg#f)\"/></svg>").contains("filter"));
        assertEquals(0, requests.get());
    }

    @Test
    void stylesheetInstructionAndForeignObjectRejected() {
        assertTrue(rejection("<?xml-stylesheet href=\"" + base + "/s.css\"?>" + OPEN + "</svg>").contains("xml-stylesheet"));
        assertTrue(rejection(OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject></svg>")
                .contains("foreignObject"));
    }

    @Test
    void nonSvgRootRejected() {
        assertTrue(rejection("<html/>").contains("not <svg>"));
        assertTrue(rejection("<svg").contains("not well-formed"));
    }
}
