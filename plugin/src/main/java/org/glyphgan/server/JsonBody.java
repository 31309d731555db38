package org.glyphgan.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** A JSON object request body with field readers whose errors name the field and the expected type. */
final class JsonBody {
    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    /** Parses {@code bytes} as one JSON object, or rejects them with 400 and the parser's reason. */
    static JsonBody parse(byte[] bytes) {
        JsonNode root;
        try {
            root = Exchanges.JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "Malformed JSON in request body: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ApiException(400, "Unreadable request body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ApiException(400, "Request body must be a JSON object, e.g. {\"setId\": \"...\"}");
        }
        return new JsonBody(root);
    }

    JsonNode node(String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value;
    }

    String text(String field) {
        JsonNode value = node(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ApiException(400, "Field '" + field + "' is missing or not a non-empty string");
        }
        return value.asText();
    }

    String text(String field, String fallback) {
        return node(field) == null ? fallback : text(field);
    }

    long integer(String field, long fallback) {
        JsonNode value = node(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ApiException(400, "Field '" + field + "' must be an integer, not " + value);
        }
        return value.asLong();
    }

    long integer(String field) {
        if (node(field) == null) {
            throw new ApiException(400, "Field '" + field + "' is missing: it must be an integer");
        }
        return integer(field, 0);
    }

    /** An integer field that must lie in [{@code min}, {@code max}]. */
    int integerInRange(String field, int fallback, int min, int max) {
        long value = integer(field, fallback);
        if (value < min || value > max) {
            throw new ApiException(400, "Field '" + field + "' is " + value + ": it must be between " + min
                    + " and " + max);
        }
        return (int) value;
    }
}
