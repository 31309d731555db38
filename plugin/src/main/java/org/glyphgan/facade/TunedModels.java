package org.glyphgan.facade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.samples.StoredStyle;
import org.glyphgan.samples.StyleStore;
import org.glyphgan.samples.StyleStoreException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Models with the tuned decoders of saved custom styles, loaded once and kept for the most recently
 * used {@link #MAX_CACHED} styles. A cached model is reused while its decoder file keeps the path,
 * SHA-256 and modification time it was loaded with, so a retrained style is loaded afresh.
 * Thread-safe: loads are serialized, and the models themselves are safe for concurrent use.
 */
final class TunedModels {
    private static final Logger LOG = LoggerFactory.getLogger(TunedModels.class);
    /** Tuned models kept in memory; each contains a full copy of the base model's arrays. */
    static final int MAX_CACHED = 4;

    private final GanStyleModel base;
    private final StyleStore store;
    private final Map<Key, GanStyleModel> cache = new LinkedHashMap<>(MAX_CACHED + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, GanStyleModel> eldest) {
            return size() > MAX_CACHED;
        }
    };

    TunedModels(GanStyleModel base, StyleStore store) {
        this.base = base;
        this.store = store;
    }

    /** The identity of one loaded decoder file. */
    private record Key(String styleName, Path decoderFile, String sha256, FileTime modified) {
    }

    /**
     * Returns the base model with {@code style}'s tuned decoder arrays.
     *
     * @throws GlyphGanException naming the decoder file and the fix when it is missing, damaged or
     *                           tuned from another model
     */
    synchronized GanStyleModel of(StoredStyle style) {
        StoredStyle.TunedDecoder decoder = style.decoder();
        Key key = new Key(style.name(), decoder.file(), decoder.sha256(), modified(style));
        GanStyleModel cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        GanStyleModel tuned = load(style);
        cache.keySet().removeIf(old -> old.styleName().equals(style.name()));
        cache.put(key, tuned);
        LOG.info("Loaded the tuned decoder of style '{}' from {}", style.name(), decoder.file());
        return tuned;
    }

    private GanStyleModel load(StoredStyle style) {
        Map<String, INDArray> arrays;
        try {
            arrays = store.loadDecoder(style);
        } catch (StyleStoreException e) {
            throw new GlyphGanException(e.getMessage(), e);
        }
        try {
            return base.withGeneratorArrays(arrays);
        } catch (IllegalArgumentException e) {
            throw new GlyphGanException("The tuned decoder " + style.decoder().file() + " of saved style '"
                    + style.name() + "' does not fit this model (" + e.getMessage()
                    + "), so it was tuned from another model; retrain the style with this model", e);
        }
    }

    private static FileTime modified(StoredStyle style) {
        try {
            return Files.getLastModifiedTime(style.decoder().file(), LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new GlyphGanException("The tuned decoder " + style.decoder().file() + " of saved style '"
                    + style.name() + "' is missing; retrain the style with fine-tuning, or delete " + style.name()
                    + ".json", e);
        } catch (IOException e) {
            throw new GlyphGanException("The tuned decoder " + style.decoder().file() + " of saved style '"
                    + style.name() + "' cannot be read (" + e.getMessage() + "); retrain the style with fine-tuning, or delete "
                    + style.name() + ".json", e);
        }
    }
}
