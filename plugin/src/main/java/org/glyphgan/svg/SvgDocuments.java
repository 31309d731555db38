package org.glyphgan.svg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.dom.util.DOMUtilities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Creates SVG documents with Batik's DOM and serializes them. */
public final class SvgDocuments {
    public static final String SVG_NS = SVGDOMImplementation.SVG_NAMESPACE_URI;

    private SvgDocuments() {
    }

    public static Document create() {
        return SVGDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
    }

    public static Element element(Document document, String name) {
        return document.createElementNS(SVG_NS, name);
    }

    public static String serialize(Document document) {
        StringWriter out = new StringWriter();
        try {
            DOMUtilities.writeDocument(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Serializing an in-memory SVG document failed", e);
        }
        return out.toString();
    }

    /** Writes {@code svg} to {@code target} through a temporary file in the same directory. */
    public static void write(String svg, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, svg, StandardCharsets.UTF_8);
            makeReadable(temporary);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Widens the owner-only permissions of a temporary file to rw-r--r--, where the file system has them. */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
