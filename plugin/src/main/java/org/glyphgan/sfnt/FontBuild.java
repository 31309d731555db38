package org.glyphgan.sfnt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable description of a TrueType font to write: names, unitsPerEm, vertical metrics
 * (measured from the outlines when absent), and the glyphs in order. The writer adds glyph 0
 * ({@code .notdef}, a box with a counter) and an empty space glyph (advance unitsPerEm / 4) when
 * the list lacks them. It adds no {@code .null} glyph, which only old Macintosh TrueType
 * renderers required.
 *
 * @param familyName name ID 1 (or 16 for a style outside Regular/Bold/Italic/Bold Italic)
 * @param styleName name ID 2 (or 17), e.g. "Regular", "Bold Italic", "Light"
 * @param unitsPerEm head.unitsPerEm, 16..16384
 * @param metrics the source style's vertical metrics, or empty to measure them from the outlines
 * @param glyphs the glyphs, each with its code points, advance width and outline
 * @param vendorId OS/2 achVendID, four printable ASCII characters
 * @param postGlyphNames true to write post version 2.0 with glyph names, false for version 3.0
 * @param created the head.created and head.modified time
 * @param fixedPitch true for a monospaced font: every glyph has the same advance width, and the
 *                   writer gives the same width to the glyphs it adds, sets post.isFixedPitch and
 *                   the PANOSE proportion "monospaced"
 */
public record FontBuild(
        String familyName,
        String styleName,
        int unitsPerEm,
        Optional<VerticalMetrics> metrics,
        List<GlyphBuild> glyphs,
        String vendorId,
        boolean postGlyphNames,
        Instant created,
        boolean fixedPitch) {
    public static final int DEFAULT_UNITS_PER_EM = 1000;

    public FontBuild {
        glyphs = List.copyOf(glyphs);
        if (familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("The family name is empty; give the font a family name such as 'Glyphgan Sans'");
        }
        if (styleName == null || styleName.isBlank()) {
            throw new IllegalArgumentException("The style name is empty; use e.g. 'Regular' or 'Bold'");
        }
        if (unitsPerEm < 16 || unitsPerEm > 16384) {
            throw new IllegalArgumentException("Invalid unitsPerEm " + unitsPerEm
                    + ": TrueType allows 16..16384 (1000 or 2048 are usual)");
        }
        if (vendorId == null || !vendorId.matches("[\\x20-\\x7E]{4}")) {
            throw new IllegalArgumentException("Invalid vendor ID '" + vendorId
                    + "': OS/2 achVendID needs exactly four printable ASCII characters");
        }
        if (fixedPitch) {
            requireOneAdvanceWidth(glyphs);
        }
    }

    /** Returns the advance width that every glyph of a fixed-pitch font shares, or empty for a proportional one. */
    public OptionalInt fixedAdvanceWidth() {
        if (!fixedPitch || glyphs.isEmpty()) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(glyphs.get(0).advanceWidth());
    }

    private static void requireOneAdvanceWidth(List<GlyphBuild> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        GlyphBuild first = glyphs.get(0);
        for (GlyphBuild glyph : glyphs) {
            if (glyph.advanceWidth() != first.advanceWidth()) {
                throw new IllegalArgumentException("A fixed-pitch font needs one advance width, but glyph '"
                        + first.name() + "' has " + first.advanceWidth() + " and '" + glyph.name() + "' has "
                        + glyph.advanceWidth() + "; give every glyph the same advance or build a proportional font");
            }
        }
    }

    public static Builder builder(String familyName, String styleName) {
        return new Builder(familyName, styleName);
    }

    /** Collects the fields of a {@link FontBuild}; defaults: unitsPerEm 1000, vendor "NONE", post 2.0, proportional. */
    public static final class Builder {
        private final String familyName;
        private final String styleName;
        private int unitsPerEm = DEFAULT_UNITS_PER_EM;
        private VerticalMetrics metrics;
        private final List<GlyphBuild> glyphs = new ArrayList<>();
        private String vendorId = "NONE";
        private boolean postGlyphNames = true;
        private Instant created = Instant.now();
        private boolean fixedPitch;

        private Builder(String familyName, String styleName) {
            this.familyName = familyName;
            this.styleName = styleName;
        }

        public Builder unitsPerEm(int value) {
            unitsPerEm = value;
            return this;
        }

        public Builder metrics(VerticalMetrics value) {
            metrics = value;
            return this;
        }

        public Builder glyph(GlyphBuild glyph) {
            glyphs.add(glyph);
            return this;
        }

        public Builder glyphs(List<GlyphBuild> values) {
            glyphs.addAll(values);
            return this;
        }

        public Builder vendorId(String value) {
            vendorId = value;
            return this;
        }

        public Builder postGlyphNames(boolean value) {
            postGlyphNames = value;
            return this;
        }

        public Builder created(Instant value) {
            created = value;
            return this;
        }

        /** Marks the font monospaced; every glyph must then have the same advance width. */
        public Builder fixedPitch(boolean value) {
            fixedPitch = value;
            return this;
        }

        public FontBuild build() {
            return new FontBuild(familyName, styleName, unitsPerEm, Optional.ofNullable(metrics), glyphs,
                    vendorId, postGlyphNames, created, fixedPitch);
        }
    }
}
