package org.glyphgan.sfnt;

/** Range checks for sfnt's integer fields, with messages that name the value and the rule. */
final class SfntLimits {
    private SfntLimits() {
    }

    static int requireInt16(long value, String what) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException("The " + what + " " + value
                    + " does not fit a TrueType int16 (-32768..32767); scale the outline down or use a smaller unitsPerEm");
        }
        return (int) value;
    }

    static int requireUint16(long value, String what) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("The " + what + " " + value
                    + " does not fit a TrueType uint16 (0..65535)");
        }
        return (int) value;
    }
}
