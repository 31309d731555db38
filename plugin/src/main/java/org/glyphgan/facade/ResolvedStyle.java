package org.glyphgan.facade;

import java.util.OptionalDouble;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;

/**
 * A style source turned into what generation needs.
 *
 * @param label         {@link StyleSource#label()}
 * @param code          the style code
 * @param sideBearingEm the style's own side bearing, or empty to derive one from the glyphs' stems
 * @param model         the model that draws the style: the opened model, or for a custom style
 *                      with a fine-tuned decoder that model with the tuned decoder arrays
 * @param monospaced    whether the style comes from a monospaced font, so that {@link Pitch#AUTO}
 *                      spaces it on one advance width
 */
record ResolvedStyle(String label, StyleCode code, OptionalDouble sideBearingEm, StyleModel model, boolean monospaced) {
    /** A style without a known pitch, spaced proportionally under {@link Pitch#AUTO}. */
    ResolvedStyle(String label, StyleCode code, OptionalDouble sideBearingEm, StyleModel model) {
        this(label, code, sideBearingEm, model, false);
    }
}
