package org.glyphgan.trace;

/**
 * The rule that resolves an ambiguous corner in path decomposition, where two ink pixels touch
 * only diagonally. The boundary turns either so that the two ink pixels stay connected or so
 * that paper separates them. The names follow potrace's documented {@code --turnpolicy} values.
 */
public enum TurnPolicy {
    /** Always connect ink pixels. */
    BLACK,
    /** Always connect paper pixels, so diagonal ink pixels stay separate. */
    WHITE,
    /** Always turn left (relative to the direction of travel along the boundary). */
    LEFT,
    /** Always turn right. */
    RIGHT,
    /** Connect the colour that is rarer in the neighbourhood of the corner (potrace's default). */
    MINORITY,
    /** Connect the colour that is more frequent in the neighbourhood of the corner. */
    MAJORITY
}
