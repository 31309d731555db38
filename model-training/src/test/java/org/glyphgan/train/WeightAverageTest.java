package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.TinyGan;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class WeightAverageTest {

    static Checkpoint checkpoint(int step, String corpus, GanArchitecture architecture, List<String> fonts,
                                 String configJson) {
        GanParameters params = GanParameters.initialise(architecture, fonts.size(), step);
        return new Checkpoint(step, configJson, corpus, "test", architecture, fonts, params.arrays(), Map.of(),
                Map.of(), "header\n", "header\n");
    }

    private static Checkpoint checkpoint(int step) {
        return checkpoint(step, "corpus", TinyGan.ARCHITECTURE, List.of("a", "b"), "{}");
    }

    @Test
    void meanIsElementwiseAverage() {
        Checkpoint a = checkpoint(1);
        Checkpoint b = checkpoint(2);
        Checkpoint c = checkpoint(3);
        WeightAverage average = new WeightAverage();
        average.add(a);
        average.add(b);
        average.add(c);

        GanParameters mean = average.mean();
        assertEquals(3, average.count());
        assertEquals("mean of 3 checkpoints, steps 1 to 3", average.describe());
        assertEquals(3, average.newest().step());
        assertEquals(a.parameters().keySet(), mean.arrays().keySet());
        for (String name : a.parameters().keySet()) {
            INDArray expected = a.parameters().get(name).add(b.parameters().get(name))
                    .add(c.parameters().get(name)).div(3);
            assertTrue(expected.equalsWithEps(mean.get(name), 1e-6), name);
        }
    }

    @Test
    void addingLeavesCheckpointsUnchanged() {
        Checkpoint a = checkpoint(1);
        INDArray before = a.parameters().values().iterator().next().dup();
        WeightAverage average = new WeightAverage();
        average.add(a);
        average.add(checkpoint(2));
        average.mean();
        assertEquals(before, a.parameters().values().iterator().next());
    }

    @Test
    void emptyAverageRejected() {
        IllegalStateException e = assertThrows(IllegalStateException.class, new WeightAverage()::mean);
        assertTrue(e.getMessage().contains("No checkpoint"), e.getMessage());
    }

    @Test
    void otherCorpusRejected() {
        assertRejected(checkpoint(2, "other", TinyGan.ARCHITECTURE, List.of("a", "b"), "{}"), "corpus other");
    }

    @Test
    void otherFontsRejected() {
        assertRejected(checkpoint(2, "corpus", TinyGan.ARCHITECTURE, List.of("a", "c"), "{}"), "other fonts");
    }

    @Test
    void otherShapeRejected() {
        GanArchitecture wider = new GanArchitecture(64, 8, 4, 6, 2);
        assertRejected(checkpoint(2, "corpus", wider, List.of("a", "b"), "{}"), "network shape");
    }

    private static void assertRejected(Checkpoint foreign, String expectedInMessage) {
        WeightAverage average = new WeightAverage();
        average.add(checkpoint(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> average.add(foreign));
        assertTrue(e.getMessage().contains(expectedInMessage), e.getMessage());
        assertEquals(1, average.count());
    }
}
