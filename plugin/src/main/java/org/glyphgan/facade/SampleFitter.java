package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.samples.SampleException;
import org.glyphgan.samples.SampleImporter;
import org.glyphgan.samples.SampleSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Imports user samples and fits a style code to them, with progress and cancellation. */
final class SampleFitter {
    private static final Logger LOG = LoggerFactory.getLogger(SampleFitter.class);
    /** Seed of the style fit, fixed so that the same samples always give the same style. */
    static final long FIT_SEED = 0;

    private final StyleModel model;
    private final SampleImporter importer;

    SampleFitter(StyleModel model, EmBox emBox) {
        this.model = model;
        this.importer = new SampleImporter(emBox);
    }

    /** A style code fitted to samples, with the samples the fit used. */
    record Fitted(StyleCode code, SampleSet samples) {
    }

    /**
     * Imports the samples, keeps the characters the model draws, and fits a code to them.
     *
     * @throws GlyphGanException when no sample is usable or none shows a character the model draws
     */
    Fitted fit(List<Path> filesOrFolders, ProgressListener progress, Cancellation cancel) {
        if (filesOrFolders.isEmpty()) {
            throw new GlyphGanException("No sample files were given; pass images, SVGs, a font or folders of them");
        }
        SampleSet imported = importSamples(filesOrFolders);
        SampleSet usable = supportedOnly(imported);
        cancel.throwIfCancelled();
        StyleCode code = model.fitStyle(usable.glyphs(), FIT_SEED, fraction -> {
            cancel.throwIfCancelled();
            progress.progress("fit style", fraction);
        });
        return new Fitted(code, usable);
    }

    private SampleSet importSamples(List<Path> filesOrFolders) {
        SampleSet samples;
        try {
            samples = importer.importSamples(filesOrFolders);
        } catch (SampleException e) {
            throw new GlyphGanException(e.getMessage(), e);
        }
        for (String warning : samples.warnings()) {
            LOG.warn("Sample skipped or approximate: {}", warning);
        }
        return samples;
    }

    private SampleSet supportedOnly(SampleSet samples) {
        Set<Integer> supported = Set.copyOf(model.codePoints());
        Map<Integer, GrayBitmap> kept = new TreeMap<>();
        List<String> warnings = new ArrayList<>(samples.warnings());
        samples.glyphs().forEach((codePoint, bitmap) -> {
            if (supported.contains(codePoint)) {
                kept.put(codePoint, bitmap);
            } else {
                String warning = "U+" + GlyphDrawer.hex(codePoint) + " is not drawn by this model, so its sample is ignored";
                LOG.warn(warning);
                warnings.add(warning);
            }
        });
        if (kept.isEmpty()) {
            throw new GlyphGanException("None of the " + samples.glyphs().size() + " sample characters is drawn by this"
                    + " model; give samples of characters in " + org.glyphgan.raster.CharacterSet.specOf(model.codePoints()));
        }
        return new SampleSet(kept, warnings, samples.spacing());
    }
}
