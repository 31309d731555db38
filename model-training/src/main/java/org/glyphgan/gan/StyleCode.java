package org.glyphgan.gan;

import java.util.Arrays;

/** A point in the generator's style space: one learned vector per font style. */
public record StyleCode(float[] vector) {
    public StyleCode {
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    public int dimension() {
        return vector.length;
    }

    /** Linear interpolation: {@code this} at weight 0, {@code other} at weight 1. */
    public StyleCode mix(StyleCode other, double weight) {
        if (other.vector.length != vector.length) {
            throw new IllegalArgumentException("Cannot mix style codes of dimension " + vector.length
                    + " and " + other.vector.length);
        }
        float[] mixed = new float[vector.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (float) (vector[i] * (1 - weight) + other.vector[i] * weight);
        }
        return new StyleCode(mixed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StyleCode that && Arrays.equals(vector, that.vector);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(vector);
    }
}
