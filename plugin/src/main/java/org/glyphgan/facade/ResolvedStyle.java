package org.glyphgan.facade;

import java.util.OptionalDouble;
import org.glyphgan.gan.StyleCode;

/**
 * A style source turned into what generation needs.
 *
 * @param label         {@link StyleSource#label()}
 * @param code          the style code
 * @param sideBearingEm the style's own side bearing, or empty to derive one from the glyphs' stems
 */
record ResolvedStyle(String label, StyleCode code, OptionalDouble sideBearingEm) {
}
