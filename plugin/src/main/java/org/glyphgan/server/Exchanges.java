package org.glyphgan.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads request bodies under a size limit and writes responses with the service's headers. */
final class Exchanges {
    /** Largest rejected request body that is still read to its end before the error response, in bytes. */
    static final long MAX_DISCARDED_BYTES = 2L * 1024 * 1024;

    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json; charset=utf-8";
    /**
     * Page policy: scripts, styles and connections only from this server, fonts also from the
     * blob and data URLs the page makes from exported TTF bytes, no framing, no referrer.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data: blob:; font-src 'self' data: blob:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Exchanges() {
    }

    /** Reads the whole body, or rejects it with 413 once it is longer than {@code maxBytes}. */
    static byte[] readBody(HttpExchange exchange, long maxBytes) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "Invalid Content-Length '" + declared + "': it must be a number");
            }
            if (length > maxBytes) {
                discardSmallRest(exchange.getRequestBody(), length);
                throw tooLarge(length, maxBytes);
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                if (body.size() + (long) n > maxBytes) {
                    discardSmallRest(in, MAX_DISCARDED_BYTES);
                    throw tooLarge(body.size() + (long) n, maxBytes);
                }
                body.write(buffer, 0, n);
            }
        }
        return body.toByteArray();
    }

    /**
     * Reads and drops the rest of a rejected body when it is at most {@link #MAX_DISCARDED_BYTES}
     * long. Closing a connection with unread request bytes makes the kernel send a reset, and the
     * client then often gets "connection reset" instead of the 413 response. A larger body is left
     * unread, so the client may get the reset.
     */
    private static void discardSmallRest(InputStream in, long declaredBytes) throws IOException {
        if (declaredBytes > MAX_DISCARDED_BYTES) {
            return;
        }
        byte[] buffer = new byte[16 * 1024];
        long discarded = 0;
        for (int n = in.read(buffer); n >= 0 && discarded <= MAX_DISCARDED_BYTES; n = in.read(buffer)) {
            discarded += n;
        }
    }

    /** Rejects a body whose Content-Type is not {@code expected} (ignoring parameters such as charset). */
    static void requireContentType(HttpExchange exchange, String expected) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        String mediaType = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(expected)) {
            throw new ApiException(415, "Content-Type " + (type == null ? "(missing)" : "'" + type + "'")
                    + " is not supported here: send " + expected);
        }
    }

    static void sendJson(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, JSON_TYPE, JSON.writeValueAsBytes(body));
    }

    static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        sendJson(exchange, status, Map.of("error", message));
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        addSecurityHeaders(headers);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        boolean empty = head || body.length == 0;
        // The JDK server reads -1 as "no body" and 0 as "chunked body of unknown length".
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    static void addSecurityHeaders(Headers headers) {
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        headers.set("Cache-Control", "no-store");
    }

    /** Returns the path without the query string for log lines, because the query may contain the token. */
    static String pathForLog(HttpExchange exchange) {
        return exchange.getRequestURI().getRawPath();
    }

    /**
     * Returns {@code text} with control characters written as {@code \\uXXXX}, so that a value from a
     * request cannot start a new line or forge an entry in the log.
     */
    static String forLog(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                out.append(String.format("\\u%04X", codePoint));
            } else {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }

    static ApiException methodNotAllowed(String method, String path, List<String> allowed) {
        return new MethodNotAllowed(method, path, allowed);
    }

    private static ApiException tooLarge(long length, long maxBytes) {
        return new ApiException(413, "Request body of " + length + " bytes or more exceeds the limit of "
                + maxBytes + " bytes: send a smaller request (fewer or smaller sample files)");
    }

    /** A 405 that also lists the methods the path accepts, for the Allow header. */
    static final class MethodNotAllowed extends ApiException {
        final List<String> allowed;

        MethodNotAllowed(String method, String path, List<String> allowed) {
            super(405, "Method " + method + " is not allowed on " + path + ": use " + String.join(" or ", allowed)
                    + (allowed.contains("POST") ? " (GET never changes state)" : ""));
            this.allowed = allowed;
        }
    }
}
