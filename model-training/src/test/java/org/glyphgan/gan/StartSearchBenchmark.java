package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compares the style fit's start search with and without the shortlist. For each font of a held-out
 * dataset it picks K references as {@code evaluate} does (seed 1), then finds the start candidate
 * (every named code and their mean) by scoring all of them on all references, and by
 * {@link StyleFitter#bestStarts}, which scores all on a few references and a shortlist on all. It
 * prints both choices and times. It also prints where the full search's choice ranks when every
 * candidate is scored on the first {@link StyleFitter#SCREEN_REFERENCES} references only, because
 * the shortlist keeps that choice when the rank is at most {@link StyleFitter#SHORTLIST}. A manual
 * tool, not part of the test run.
 *
 * <p>NOTE: the full search here scores all K references, while {@code bestStarts} scores at most
 * {@link StyleFitter#START_REFERENCES}, so the two can differ for K above that for other reasons.
 *
 * <p>Usage: {@code StartSearchBenchmark MODEL.zip DATASET.ggds [K]}.
 */
public final class StartSearchBenchmark {
    private static final long SEED = 1;

    private StartSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        INDArray candidates = model.startCandidates();
        GanParameters params = model.parameters().withStyleEmbedding(candidates);
        SameDiff graph = GanGraphs.generatorOnly(params, StyleFitter.DICE_WEIGHT);
        int[] all = IntStream.range(0, (int) candidates.size(0)).toArray();
        System.out.printf(Locale.ROOT, "model %s, dataset %s, K=%d, %d candidates%n", args[0], args[1], k, all.length);
        int same = 0;
        double fullSeconds = 0;
        double shortlistSeconds = 0;
        int worstRank = 0;
        for (Map.Entry<String, List<GlyphSample>> font : dataset.byFont().entrySet()) {
            List<StyleFitter.Reference> references =
                    model.fitReferences(HeldOutFont.of(model, font.getKey(), font.getValue(), k, SEED).references());
            long start = System.nanoTime();
            int full = StyleFitter.lowest(all, StyleFitter.losses(graph, params, all, references), 1)[0];
            long middle = System.nanoTime();
            INDArray chosen = StyleFitter.bestStarts(model.parameters(), candidates, references, 1);
            long end = System.nanoTime();
            boolean agrees = chosen.getRow(0).equals(candidates.getRow(full));
            int[] screened = StyleFitter.lowest(all, StyleFitter.losses(graph, params, all,
                    references.subList(0, Math.min(StyleFitter.SCREEN_REFERENCES, references.size()))), all.length);
            int screenRank = 1 + IntStream.range(0, screened.length).filter(i -> screened[i] == full).findFirst()
                    .orElseThrow();
            worstRank = Math.max(worstRank, screenRank);
            same += agrees ? 1 : 0;
            fullSeconds += (middle - start) / 1e9;
            shortlistSeconds += (end - middle) / 1e9;
            System.out.printf(Locale.ROOT, "  %-52s full search: candidate %3d in %5.1f s; shortlist: %s in %5.1f s;"
                    + " rank on the first references %d%n", font.getKey(), full, (middle - start) / 1e9,
                    agrees ? "same" : "other", (end - middle) / 1e9, screenRank);
        }
        System.out.printf(Locale.ROOT, "same start for %d of %d fonts; full search %.1f s, shortlist %.1f s in all;"
                + " worst rank on the first references %d%n", same, dataset.byFont().size(), fullSeconds,
                shortlistSeconds, worstRank);
    }
}
