package org.glyphgan.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.glyphgan.facade.GlyphGanException;
import org.glyphgan.facade.StyleSource;

/**
 * Reads the {@code style} field of a generate request: either a spec string as on the command
 * line ({@code NAME}, {@code random:SEED}, {@code mix:A,B,W}, {@code custom:NAME}) or an object
 * with {@code kind} named / random / mix / custom.
 */
final class StyleSpecs {
    private StyleSpecs() {
    }

    static StyleSource read(JsonNode style) {
        if (style == null) {
            throw new ApiException(400, "Field 'style' is missing: send e.g. {\"kind\": \"random\", \"seed\": 7}");
        }
        if (style.isTextual()) {
            StyleSource source;
            try {
                source = StyleSource.parse(style.asText());
            } catch (GlyphGanException | IllegalArgumentException e) {
                throw new ApiException(400, "Invalid style '" + style.asText() + "': " + e.getMessage());
            }
            if (source instanceof StyleSource.Samples) {
                // A samples spec names files on the server's disk: a client could read or probe any
                // path through it. Samples reach the service only as uploads to /api/retrain.
                throw new ApiException(400, "Style 'samples:...' is not accepted by the service;"
                        + " upload the samples to /api/retrain and generate with the saved custom style");
            }
            return source;
        }
        if (!style.isObject()) {
            throw new ApiException(400, "Field 'style' must be a string or an object, not " + style);
        }
        String kind = style.path("kind").asText("");
        if (kind.equals("named")) {
            return new StyleSource.Named(name(style, "name"));
        }
        if (kind.equals("random")) {
            JsonNode seed = style.get("seed");
            if (seed == null || !seed.isIntegralNumber() || !seed.canConvertToLong()) {
                throw new ApiException(400, "Random style needs an integer 'seed', not " + seed);
            }
            return new StyleSource.Random(seed.asLong());
        }
        if (kind.equals("mix")) {
            return new StyleSource.Mix(name(style, "first"), name(style, "second"), weight(style));
        }
        if (kind.equals("custom")) {
            return new StyleSource.Custom(name(style, "name"));
        }
        throw new ApiException(400, "Style kind '" + kind + "' is unknown: use named, random, mix or custom");
    }

    private static String name(JsonNode style, String field) {
        JsonNode value = style.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new ApiException(400, "Style field '" + field + "' is missing or not a non-empty string");
        }
        return value.asText();
    }

    private static double weight(JsonNode style) {
        JsonNode value = style.get("weight");
        if (value == null || !value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw new ApiException(400, "Mix style needs a 'weight' between 0 and 1 (the second style's share), not "
                    + value);
        }
        return value.asDouble();
    }
}
