package org.glyphgan.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A parsed {@code multipart/form-data} body (RFC 7578): text fields and uploaded files. */
final class MultipartForm {
    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]{1,70})\\1");
    private static final Pattern NAME = Pattern.compile("(?<![a-z])name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");
    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    /** One part: its form field name, the client's file name (null for a text field) and its bytes. */
    record Part(String name, String fileName, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private MultipartForm(List<Part> parts) {
        this.parts = parts;
    }

    List<Part> parts() {
        return parts;
    }

    List<Part> files() {
        return parts.stream().filter(part -> part.fileName() != null).toList();
    }

    /** Returns the value of text field {@code name}, or null when it is absent. */
    String field(String name) {
        return parts.stream().filter(part -> part.fileName() == null && part.name().equals(name))
                .map(Part::text).findFirst().orElse(null);
    }

    static MultipartForm parse(String contentType, byte[] body) {
        Matcher boundaryMatch = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundaryMatch == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || !boundaryMatch.find()) {
            throw new ApiException(415, "Content-Type " + (contentType == null ? "(missing)" : "'" + contentType + "'")
                    + " is not supported here: send multipart/form-data with a boundary");
        }
        byte[] delimiter = ("--" + boundaryMatch.group(2)).getBytes(StandardCharsets.US_ASCII);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw malformed("the first boundary is missing");
        }
        while (true) {
            int afterDelimiter = position + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return new MultipartForm(parts);
            }
            if (!startsWith(body, afterDelimiter, "\r\n")) {
                throw malformed("a boundary is not followed by CRLF");
            }
            int headersStart = afterDelimiter + 2;
            int headersEnd = indexOf(body, HEADER_END, headersStart);
            if (headersEnd < 0) {
                throw malformed("a part's headers do not end");
            }
            int contentStart = headersEnd + HEADER_END.length;
            int next = indexOf(body, concat("\r\n".getBytes(StandardCharsets.US_ASCII), delimiter), contentStart);
            if (next < 0) {
                throw malformed("the closing boundary is missing");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, next)));
            position = next + 2;
        }
    }

    private static Part part(String headers, byte[] content) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                Matcher name = NAME.matcher(line);
                if (!name.find()) {
                    throw malformed("a part's Content-Disposition has no name");
                }
                Matcher fileName = FILENAME.matcher(line);
                return new Part(name.group(1), fileName.find() ? fileName.group(1) : null, content);
            }
        }
        throw malformed("a part has no Content-Disposition header");
    }

    private static ApiException malformed(String reason) {
        return new ApiException(400, "Malformed multipart/form-data body: " + reason);
    }

    private static boolean startsWith(byte[] data, int from, String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.US_ASCII);
        return from + bytes.length <= data.length
                && Arrays.equals(data, from, from + bytes.length, bytes, 0, bytes.length);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
