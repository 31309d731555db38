package org.glyphgan.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphgan.facade.FontNames;
import org.glyphgan.facade.GenerateRequest;
import org.glyphgan.facade.GeneratedGlyph;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.GlyphSet;
import org.glyphgan.facade.Pitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Styles, generation, regeneration, export and the specimen: the glyph half of the API. */
final class GlyphApi {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphApi.class);
    private static final String DEFAULT_STYLE_NAME = "Regular";

    private final GlyphGan glyphGan;
    private final ServerLimits limits;
    private final GenerationSlots slots;
    private final LruStore<GlyphSet> sets;
    private final LruStore<byte[]> fonts;

    GlyphApi(GlyphGan glyphGan, ServerLimits limits, GenerationSlots slots) {
        this.glyphGan = glyphGan;
        this.limits = limits;
        this.slots = slots;
        this.sets = new LruStore<>(limits.maxCachedSets());
        this.fonts = new LruStore<>(limits.maxCachedFonts());
    }

    void styles(HttpExchange exchange) throws IOException {
        Exchanges.sendJson(exchange, 200, Map.of("styles", glyphGan.styles()));
    }

    void generate(HttpExchange exchange) throws IOException {
        JsonBody body = jsonBody(exchange);
        GenerateRequest request = new GenerateRequest(StyleSpecs.read(body.node("style")),
                CharacterList.codePoints(body.text("chars"), limits.maxCodePoints()),
                body.integerInRange("candidates", 1, 1, limits.maxCandidates()),
                body.integer("seed", System.nanoTime()),
                pitch(body));
        long startNs = System.nanoTime();
        GlyphSet set = slots.run("Generation", cancel -> glyphGan.generate(request, (stage, fraction) -> { }, cancel));
        String id = sets.add(set);
        LOG.info("Generated set {} ({}, {} glyphs, {} failures) in {} ms", id, set.styleLabel(), set.glyphs().size(),
                set.failures().size(), (System.nanoTime() - startNs) / 1_000_000);
        Exchanges.sendJson(exchange, 200, GlyphJson.set(id, set));
    }

    void regenerate(HttpExchange exchange) throws IOException {
        JsonBody body = jsonBody(exchange);
        String setId = body.text("setId");
        GlyphSet set = set(setId);
        long codePointValue = body.integer("codePoint");
        if (codePointValue < 0 || codePointValue > Character.MAX_CODE_POINT) {
            throw new ApiException(400, "Field 'codePoint' is " + codePointValue + ": it must be a Unicode code point");
        }
        int codePoint = (int) codePointValue;
        long seed = body.integer("seed", System.nanoTime());
        GeneratedGlyph glyph = slots.run("Regeneration", cancel -> glyphGan.regenerate(set, codePoint, seed));
        sets.update(setId, old -> withGlyph(old, glyph));
        Exchanges.sendJson(exchange, 200, GlyphJson.glyph(glyph));
    }

    void export(HttpExchange exchange) throws IOException {
        JsonBody body = jsonBody(exchange);
        GlyphSet set = set(body.text("setId"));
        FontNames names = new FontNames(body.text("family"), body.text("style", DEFAULT_STYLE_NAME));
        byte[] ttf = glyphGan.ttfBytes(set, names);
        String fontId = fonts.add(ttf);
        LOG.info("Exported font {} ({} {}, {} bytes)", fontId, names.family(), names.style(), ttf.length);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fontId", fontId);
        json.put("url", "/api/font/" + fontId + ".ttf");
        json.put("family", names.family());
        json.put("style", names.style());
        json.put("sizeBytes", ttf.length);
        Exchanges.sendJson(exchange, 200, json);
    }

    void font(HttpExchange exchange, String fontId) throws IOException {
        byte[] ttf = fonts.get(fontId).orElseThrow(() -> new ApiException(404, "Font '" + fontId
                + "' not found: it expired or was never exported; export the glyph set again"));
        exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"glyphgan-" + fontId + ".ttf\"");
        Exchanges.send(exchange, 200, "font/ttf", ttf);
    }

    void specimen(HttpExchange exchange, String setId) throws IOException {
        String svg = glyphGan.specimenSvg(set(setId));
        Exchanges.send(exchange, 200, "image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads the optional "pitch" field: one of auto, proportional or monospaced, default auto. */
    private static Pitch pitch(JsonBody body) {
        JsonNode value = body.node("pitch");
        if (value == null) {
            return Pitch.AUTO;
        }
        if (!value.isTextual()) {
            throw new ApiException(400, "Field 'pitch' is " + value + ": use \"auto\", \"proportional\" or"
                    + " \"monospaced\"");
        }
        return Pitch.parse(value.asText());
    }

    private GlyphSet set(String setId) {
        return sets.get(setId).orElseThrow(() -> new ApiException(404, "Glyph set '" + setId
                + "' not found: it expired (the server keeps the " + limits.maxCachedSets()
                + " most recent) or was never generated; generate it again"));
    }

    private JsonBody jsonBody(HttpExchange exchange) throws IOException {
        Exchanges.requireContentType(exchange, "application/json");
        return JsonBody.parse(Exchanges.readBody(exchange, limits.maxJsonBytes()));
    }

    private static GlyphSet withGlyph(GlyphSet set, GeneratedGlyph glyph) {
        List<GeneratedGlyph> glyphs = new ArrayList<>();
        boolean replaced = false;
        for (GeneratedGlyph old : set.glyphs()) {
            if (old.codePoint() == glyph.codePoint()) {
                glyphs.add(glyph);
                replaced = true;
            } else {
                glyphs.add(old);
            }
        }
        if (!replaced) {
            glyphs.add(glyph);
        }
        Map<Integer, String> failures = new LinkedHashMap<>(set.failures());
        failures.remove(glyph.codePoint());
        return new GlyphSet(set.styleLabel(), set.styleCode(), set.unitsPerEm(), set.metrics(), List.copyOf(glyphs),
                failures, set.fixedAdvanceWidth());
    }
}
