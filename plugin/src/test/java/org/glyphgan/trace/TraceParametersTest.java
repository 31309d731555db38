package org.glyphgan.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TraceParametersTest {
    @Test
    void defaultsMatchPotrace() {
        TraceParameters defaults = TraceParameters.DEFAULTS;
        assertEquals(TurnPolicy.MINORITY, defaults.turnPolicy());
        assertEquals(2.0, defaults.turdSizePx2());
        assertEquals(1.0, defaults.alphaMax());
        assertEquals(0.2, defaults.optTolerancePx());
        assertEquals(0.5, defaults.inkThreshold());
    }

    @Test
    void invalidValuesAreRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TraceParameters.DEFAULTS.withUpsampleFactor(0));
        assertTrue(error.getMessage().contains("upsampleFactor"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TraceParameters.DEFAULTS.withOptTolerancePx(-1));
        assertThrows(IllegalArgumentException.class, () -> TraceParameters.DEFAULTS.withAlphaMax(Double.NaN));
    }
}
