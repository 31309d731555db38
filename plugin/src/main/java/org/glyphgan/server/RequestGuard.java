package org.glyphgan.server;

import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks every request passes before a handler runs. Host must name this server exactly,
 * because a page on a foreign domain that re-resolves to 127.0.0.1 (DNS rebinding) still sends its
 * own host name. Origin, when present, must be this server, so other sites cannot post to the API
 * (CSRF). API calls must carry the access token in {@link AccessToken#HEADER}.
 */
final class RequestGuard {
    private static final Set<String> CROSS_SITE_FETCHES = Set.of("cross-site", "same-site");

    private final Set<String> allowedHosts;
    private final Set<String> allowedOrigins;
    private final AccessToken token;

    RequestGuard(int port, AccessToken token) {
        this.allowedHosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.allowedOrigins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
        this.token = token;
    }

    /** Rejects a request whose Host or Origin is not this server, or that a foreign site started. */
    void checkSource(Headers headers) {
        String host = single(headers, "Host");
        if (host == null || !allowedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(421, "Host header " + quoted(host) + " does not name this server: use one of "
                    + allowedHosts);
        }
        List<String> origins = headers.get("Origin");
        if (origins != null && (origins.size() != 1 || !allowedOrigins.contains(origins.get(0)))) {
            throw new ApiException(403, "Origin " + quoted(String.join(", ", origins))
                    + " is not allowed: only pages served by this server may call it");
        }
        String fetchSite = single(headers, "Sec-Fetch-Site");
        if (fetchSite != null && CROSS_SITE_FETCHES.contains(fetchSite.toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "Request started by another site (Sec-Fetch-Site: " + fetchSite
                    + ") is not allowed");
        }
    }

    /** Rejects an API call without the right token; the message never echoes the value sent. */
    void checkToken(Headers headers) {
        List<String> values = headers.get(AccessToken.HEADER);
        if (values == null || values.isEmpty()) {
            throw new ApiException(401, "Missing " + AccessToken.HEADER
                    + " header: send the token printed when the server started");
        }
        if (values.size() != 1 || !token.matches(values.get(0))) {
            throw new ApiException(401, "Invalid " + AccessToken.HEADER
                    + " header: send the token printed when this server started");
        }
    }

    private static String single(Headers headers, String name) {
        List<String> values = headers.get(name);
        return values == null || values.size() != 1 ? null : values.get(0);
    }

    private static String quoted(String value) {
        return value == null ? "(missing)" : "'" + value + "'";
    }
}
