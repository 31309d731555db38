package org.glyphgan.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training glyphs paired with the base font's glyph of the same code point, and the batch order.
 * The batch of step {@code k} depends only on the seed and {@code k}: sample {@code i} of the run
 * is position {@code i mod n} of a permutation seeded by the epoch {@code i / n}, so a resumed
 * run gets exactly the batches an uninterrupted run would.
 */
public final class TrainingPairs {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingPairs.class);

    private final List<GlyphSample> samples = new ArrayList<>();
    private final Map<Integer, GrayBitmap> baseGlyphs;
    private final List<String> fontIds;
    private final Map<String, Integer> fontIndex = new LinkedHashMap<>();
    private final int sizePx;
    private final long seed;
    private int cachedEpoch = -1;
    private List<Integer> cachedOrder;

    public TrainingPairs(GlyphDataset train, GlyphDataset base, long seed) {
        if (train.sizePx() != base.sizePx()) {
            throw new IllegalArgumentException("Train glyphs are " + train.sizePx() + " px but base glyphs are "
                    + base.sizePx() + " px; build both datasets with the same size");
        }
        this.sizePx = train.sizePx();
        this.seed = seed;
        this.baseGlyphs = baseGlyphsOf(base);
        this.fontIds = train.fontIds();
        for (int i = 0; i < fontIds.size(); i++) {
            fontIndex.put(fontIds.get(i), i);
        }
        int skipped = 0;
        for (GlyphSample sample : train.samples()) {
            if (baseGlyphs.containsKey(sample.codePoint())) {
                samples.add(sample);
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            LOG.warn("Skipped {} training glyphs whose code point the base font lacks", skipped);
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No training glyph has a base glyph of the same code point;"
                    + " check that the base dataset covers the training characters");
        }
    }

    /** The base split's glyphs by code point; the base split contains exactly one font. */
    public static Map<Integer, GrayBitmap> baseGlyphsOf(GlyphDataset base) {
        if (base.fontIds().size() != 1) {
            throw new IllegalArgumentException("The base dataset must hold exactly one font, found "
                    + base.fontIds().size() + ": " + base.fontIds());
        }
        Map<Integer, GrayBitmap> glyphs = new LinkedHashMap<>();
        for (GlyphSample sample : base.samples()) {
            glyphs.put(sample.codePoint(), sample.bitmap());
        }
        return glyphs;
    }

    public List<String> fontIds() {
        return fontIds;
    }

    public Map<Integer, GrayBitmap> baseGlyphs() {
        return baseGlyphs;
    }

    /** Returns the training glyphs of one font in dataset order, or an empty list for an unknown font id. */
    public List<GlyphSample> samplesOf(String fontId) {
        return samples.stream().filter(sample -> sample.fontId().equals(fontId)).toList();
    }

    public int size() {
        return samples.size();
    }

    /** The batch of training step {@code step} (zero-based). */
    public Batch batch(int step, int batchSize) {
        INDArray content = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, batchSize, 1, sizePx, sizePx);
        INDArray real = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, batchSize, 1, sizePx, sizePx);
        INDArray oneHot = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, batchSize, fontIds.size());
        int[] codePoints = new int[batchSize];
        int[] fonts = new int[batchSize];
        long first = (long) step * batchSize;
        for (int i = 0; i < batchSize; i++) {
            GlyphSample sample = sampleAt(first + i);
            codePoints[i] = sample.codePoint();
            fonts[i] = fontIndex.get(sample.fontId());
            put(content, i, baseGlyphs.get(sample.codePoint()));
            put(real, i, sample.bitmap());
            oneHot.putScalar(i, fontIndex.get(sample.fontId()), 1f);
        }
        return new Batch(content, real, oneHot, codePoints, fonts);
    }

    private GlyphSample sampleAt(long runIndex) {
        int epoch = Math.toIntExact(runIndex / samples.size());
        if (epoch != cachedEpoch) {
            List<Integer> order = new ArrayList<>(samples.size());
            for (int i = 0; i < samples.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(seed * 1_000_003L + epoch));
            cachedOrder = order;
            cachedEpoch = epoch;
        }
        return samples.get(cachedOrder.get((int) (runIndex % samples.size())));
    }

    /** Copies {@code bitmap} into image {@code index} of an [N, 1, S, S] array. */
    public static void put(INDArray images, int index, GrayBitmap bitmap) {
        int size = (int) images.size(3);
        if (bitmap.widthPx() != size || bitmap.heightPx() != size) {
            throw new IllegalArgumentException("Glyph bitmap is " + bitmap.widthPx() + "x" + bitmap.heightPx()
                    + " px, expected " + size + "x" + size);
        }
        INDArray row = Nd4j.create(bitmap.ink(), new long[] {1, 1, size, size}, 'c');
        images.get(org.nd4j.linalg.indexing.NDArrayIndex.point(index)).assign(row.reshape(1, size, size));
    }

    /**
     * One step's tensors: content and real glyphs [B, 1, S, S], font one-hot [B, fonts], and per
     * glyph its code point and font index.
     */
    public record Batch(INDArray content, INDArray real, INDArray fontOneHot, int[] codePoints, int[] fontIndices) {
    }
}
