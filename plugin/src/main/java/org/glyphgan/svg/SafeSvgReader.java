package org.glyphgan.svg;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads an untrusted SVG sample (a user's glyph drawing) and rejects, with an
 * {@link UnsafeSvgException}, anything that could run code or load a resource: a DOCTYPE or
 * entity declaration, an xml-stylesheet instruction, script-capable elements, event attributes,
 * {@code href} to anything but a {@code #fragment}, {@code @import}, and {@code url(...)} to
 * anything but a {@code #fragment}. The text is checked before parsing, and the parser itself has
 * DOCTYPEs and external entities disabled, so nothing is ever fetched.
 */
public final class SafeSvgReader {
    /** Larger samples are rejected before parsing; a glyph drawing is far smaller. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of(
            "script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio", "video");
    private static final Pattern URL_REFERENCE = Pattern.compile("url\\(\\s*['\"]?\\s*([^)'\"\\s]*)", Pattern.CASE_INSENSITIVE);

    /** Deepest element nesting accepted, counting the root {@code <svg>} as level 1. */
    static final int MAX_NESTING_DEPTH = 256;

    private SafeSvgReader() {
    }

    public static Document read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UnsafeSvgException("SVG sample " + file + " is " + size + " bytes, over the "
                    + MAX_BYTES + "-byte limit; simplify or crop the drawing");
        }
        return read(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** Checks and parses {@code svg}; the returned DOM has passed every rule above. */
    public static Document read(String svg) {
        if (svg.length() > MAX_BYTES) {
            throw new UnsafeSvgException("SVG sample is over the " + MAX_BYTES + "-byte limit");
        }
        rejectDeclarations(svg);
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new UnsafeSvgException("The sample's root element is <" + root.getNodeName() + ">, not <svg>");
        }
        checkElement(root, 1);
        return document;
    }

    private static void rejectDeclarations(String svg) {
        String lower = svg.toLowerCase(Locale.ROOT);
        if (lower.contains("<!doctype") || lower.contains("<!entity")) {
            throw new UnsafeSvgException("SVG samples with a DOCTYPE or entity declarations are rejected"
                    + " (they can read local files or fetch URLs); remove the <!DOCTYPE ...> block");
        }
        if (lower.contains("<?xml-stylesheet")) {
            throw new UnsafeSvgException("SVG samples with an <?xml-stylesheet?> instruction are rejected"
                    + " because it loads an external stylesheet; inline the styles as attributes");
        }
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " is not allowed");
            });
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(svg)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser lacks a required security feature", e);
        } catch (SAXException | IOException e) {
            throw new UnsafeSvgException("The SVG sample is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void checkElement(Element element, int depth) {
        if (depth > MAX_NESTING_DEPTH) {
            // Deep nesting is no drawing a person makes; walking it would overflow the stack.
            throw new UnsafeSvgException("SVG sample nests elements more than " + MAX_NESTING_DEPTH
                    + " levels deep; flatten its groups");
        }
        String name = element.getLocalName() == null ? element.getNodeName() : element.getLocalName();
        if (FORBIDDEN_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new UnsafeSvgException("SVG samples may not contain <" + name + "> elements; remove it");
        }
        if (name.equalsIgnoreCase("style")) {
            checkStyle(element.getTextContent(), "<style>");
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            checkAttribute(element, (Attr) attributes.item(i));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                checkElement((Element) child, depth + 1);
            } else if (child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw new UnsafeSvgException("SVG samples may not contain processing instructions (" + child.getNodeName() + ")");
            }
        }
    }

    private static void checkAttribute(Element element, Attr attribute) {
        String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        String lower = name.toLowerCase(Locale.ROOT);
        String value = attribute.getValue().strip();
        if (lower.startsWith("on")) {
            throw new UnsafeSvgException("SVG samples may not contain event attributes such as " + name
                    + " on <" + element.getNodeName() + ">; remove it");
        }
        if (lower.equals("href") && !value.startsWith("#")) {
            throw new UnsafeSvgException("SVG samples may only link to #fragments inside the file, but <"
                    + element.getNodeName() + "> links to '" + value + "'");
        }
        checkStyle(value, "attribute " + name);
    }

    private static void checkStyle(String text, String where) {
        if (text.toLowerCase(Locale.ROOT).contains("@import")) {
            throw new UnsafeSvgException("SVG samples may not use @import (in " + where + ")");
        }
        Matcher url = URL_REFERENCE.matcher(text);
        while (url.find()) {
            if (!url.group(1).startsWith("#")) {
                throw new UnsafeSvgException("SVG samples may only use url(#fragment), but " + where
                        + " refers to url(" + url.group(1) + ")");
            }
        }
    }
}
