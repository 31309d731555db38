package org.glyphgan.gan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The start of the style fit: batched candidate losses and the shortlist of {@link StyleFitter#bestStarts}. */
class StartSearchTest {
    private static final String CHARACTERS = "AgQx7&";
    /** More candidates than the shortlist keeps, so both stages run. */
    private static final int CANDIDATES = StyleFitter.SHORTLIST + 5;
    private static GanParameters params;
    private static Map<Integer, GrayBitmap> base;

    @BeforeAll
    static void buildGenerator() {
        params = GanParameters.initialise(TinyGan.ARCHITECTURE, CANDIDATES, 7);
        base = new LinkedHashMap<>();
        SyntheticDatasets.base(CHARACTERS).samples().forEach(s -> base.put(s.codePoint(), s.bitmap()));
    }

    @Test
    void batchedLossesEqualSingleCalls() {
        INDArray candidates = params.get(GeneratorLayers.STYLE_EMBEDDING);
        List<StyleFitter.Reference> references = drawnBy(3);
        SameDiff graph = GanGraphs.generatorOnly(params, StyleFitter.DICE_WEIGHT);
        int[] rows = {0, 3, 7, 12, 20};

        double[] batched = StyleFitter.losses(graph, params, rows, references);

        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            List<StyleFitter.Reference> own = references.stream()
                    .map(r -> new StyleFitter.Reference(r.content(), r.glyph(), row)).toList();
            double alone = graph.output(StyleFitter.inputs(params, own), GanGraphs.FIT_LOSS).get(GanGraphs.FIT_LOSS).getDouble(0);
            assertEquals(alone, batched[i], 1e-5, "candidate " + row);
        }
    }

    @Test
    void shortlistKeepsDrawingCandidate() {
        INDArray candidates = params.get(GeneratorLayers.STYLE_EMBEDDING);
        int target = CANDIDATES - 2;
        List<StyleFitter.Reference> references = drawnBy(target);
        assertTrue(references.size() > StyleFitter.SCREEN_REFERENCES, "the shortlist stage would not run");

        INDArray start = StyleFitter.bestStarts(params, candidates, references, 1);

        assertArrayEquals(candidates.getRow(target).toFloatVector(), start.getRow(0).toFloatVector(), 1e-6f);
    }

    @Test
    void lowestKeepsRowOrderOnTies() {
        int[] lowest = StyleFitter.lowest(new int[] {10, 11, 12, 13}, new double[] {0.5, 0.2, 0.5, 0.1}, 3);

        assertArrayEquals(new int[] {13, 11, 10}, lowest);
    }

    /** Draws each character of {@link #CHARACTERS} with candidate {@code row} and zero noise, as references of code 0. */
    private static List<StyleFitter.Reference> drawnBy(int row) {
        List<StyleFitter.Reference> blanks = new ArrayList<>();
        for (int cp : CHARACTERS.codePoints().toArray()) {
            INDArray content = image(base.get(cp));
            blanks.add(new StyleFitter.Reference(content, Nd4j.zerosLike(content), row));
        }
        INDArray drawn = GanGraphs.generatorOnly(params).output(StyleFitter.inputs(params, blanks), GanGraphs.GENERATED)
                .get(GanGraphs.GENERATED);
        List<StyleFitter.Reference> references = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            INDArray glyph = drawn.get(NDArrayIndex.point(i)).dup();
            references.add(new StyleFitter.Reference(blanks.get(i).content(), glyph, 0));
        }
        return references;
    }

    private static INDArray image(GrayBitmap bitmap) {
        return Nd4j.create(bitmap.ink(), new long[] {1, bitmap.heightPx(), bitmap.widthPx()}, 'c');
    }
}
