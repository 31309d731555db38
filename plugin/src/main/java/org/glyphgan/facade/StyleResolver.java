package org.glyphgan.facade;

import java.util.Optional;
import java.util.OptionalDouble;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.samples.StoredStyle;
import org.glyphgan.samples.StyleStore;
import org.glyphgan.samples.StyleStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a {@link StyleSource} into a style code and the model that draws it, or rejects an unknown
 * name. A custom style with a fine-tuned decoder is drawn with its tuned decoder. A mix that includes
 * such a style blends the style codes and draws with the opened model's decoder, because two tuned
 * decoders have no meaningful blend.
 */
final class StyleResolver {
    private static final Logger LOG = LoggerFactory.getLogger(StyleResolver.class);

    private final StyleModel model;
    private final StyleStore store;
    private final SampleFitter fitter;
    /** Tuned models of fine-tuned custom styles; null when the model cannot use a tuned decoder. */
    private final TunedModels tunedModels;

    StyleResolver(StyleModel model, StyleStore store, SampleFitter fitter) {
        this.model = model;
        this.store = store;
        this.fitter = fitter;
        this.tunedModels = model instanceof GanStyleModel gan ? new TunedModels(gan, store) : null;
    }

    /** Resolves {@code source}; only a {@link StyleSource.Samples} source reports progress, while it fits. */
    ResolvedStyle resolve(StyleSource source, ProgressListener progress, Cancellation cancel) {
        if (source instanceof StyleSource.Named named) {
            return new ResolvedStyle(source.label(), namedCode(named.name()), OptionalDouble.empty(), model,
                    monospacedFont(named.name()));
        }
        if (source instanceof StyleSource.Random random) {
            return new ResolvedStyle(source.label(), model.randomStyle(random.seed()), OptionalDouble.empty(), model);
        }
        if (source instanceof StyleSource.Mix mix) {
            return mix(mix);
        }
        if (source instanceof StyleSource.Samples samples) {
            SampleFitter.Fitted fitted = fitter.fit(samples.files(), progress, cancel);
            return new ResolvedStyle(source.label(), fitted.code(),
                    OptionalDouble.of(fitted.samples().spacing().sideBearingEm()), model);
        }
        StoredStyle stored = custom(((StyleSource.Custom) source).savedName());
        return new ResolvedStyle(source.label(), stored.code(), OptionalDouble.of(stored.sideBearingEm()),
                drawingModel(stored));
    }

    /**
     * Returns the model that draws {@code code} of a style labelled {@code label} as
     * {@link StyleSource#label()} writes it: the tuned model for a saved fine-tuned custom style,
     * else the opened model.
     *
     * @throws GlyphGanException when the fine-tuned custom style was retrained to another code since,
     *                           so its decoder no longer belongs to {@code code}
     */
    StyleModel modelFor(String label, StyleCode code) {
        if (!label.startsWith("custom:")) {
            return model;
        }
        StoredStyle stored = custom(label.substring("custom:".length()));
        if (stored.fineTuned() && !stored.code().equals(code)) {
            throw new GlyphGanException("Style '" + stored.name() + "' was retrained after this set was generated,"
                    + " and its fine-tuned decoder belongs to the new style code; generate the set again");
        }
        return drawingModel(stored);
    }

    private StyleModel drawingModel(StoredStyle stored) {
        if (!stored.fineTuned()) {
            return model;
        }
        if (tunedModels == null) {
            throw new GlyphGanException("Saved style '" + stored.name() + "' has a fine-tuned decoder, which this model"
                    + " cannot load because it is not a GAN model file; open the GAN model it was retrained with");
        }
        return tunedModels.of(stored);
    }

    private ResolvedStyle mix(StyleSource.Mix mix) {
        ResolvedStyle first = byName(mix.first());
        ResolvedStyle second = byName(mix.second());
        StyleCode code = first.code().mix(second.code(), mix.weight());
        OptionalDouble sideBearing = OptionalDouble.empty();
        if (first.sideBearingEm().isPresent() && second.sideBearingEm().isPresent()) {
            sideBearing = OptionalDouble.of(first.sideBearingEm().getAsDouble() * (1 - mix.weight())
                    + second.sideBearingEm().getAsDouble() * mix.weight());
        }
        return new ResolvedStyle(mix.label(), code, sideBearing, model, monospacedMix(first, second, mix.weight()));
    }

    /** Returns whether every style with a share in the mix is monospaced: weight 0 is the first style alone. */
    private static boolean monospacedMix(ResolvedStyle first, ResolvedStyle second, double weight) {
        boolean firstCounts = weight < 1;
        boolean secondCounts = weight > 0;
        return (!firstCounts || first.monospaced()) && (!secondCounts || second.monospaced());
    }

    /** Returns whether the named style's training font is of kind {@code mono} in the font manifest. */
    private static boolean monospacedFont(String styleName) {
        return TrainingFonts.kind(styleName).map("mono"::equals).orElse(false);
    }

    /**
     * Resolves a named style, else a saved custom style of that name, as a part of a mix: drawn by
     * the opened model even when the custom style has a fine-tuned decoder.
     */
    private ResolvedStyle byName(String name) {
        StyleCode named = model.namedStyles().get(name);
        if (named != null) {
            return new ResolvedStyle(name, named, OptionalDouble.empty(), model, monospacedFont(name));
        }
        Optional<StoredStyle> stored = load(name);
        if (stored.isPresent()) {
            if (stored.get().fineTuned()) {
                LOG.info("Mixing custom style '{}' blends its style code only; its fine-tuned decoder is not used",
                        name);
            }
            return new ResolvedStyle(name, stored.get().code(), OptionalDouble.of(stored.get().sideBearingEm()),
                    model);
        }
        throw unknown("style", name);
    }

    private StyleCode namedCode(String name) {
        StyleCode code = model.namedStyles().get(name);
        if (code == null) {
            throw unknown("style", name);
        }
        return code;
    }

    private StoredStyle custom(String name) {
        return load(name).orElseThrow(() -> unknown("custom style", name));
    }

    /** Loads a saved style and checks that its code fits this model. */
    private Optional<StoredStyle> load(String name) {
        if (!StyleStore.NAME_PATTERN.matcher(name).matches()) {
            return Optional.empty();
        }
        Optional<StoredStyle> stored;
        try {
            stored = store.load(name);
        } catch (StyleStoreException e) {
            throw new GlyphGanException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new GlyphGanException("Saved style '" + name + "' in " + store.directory() + " cannot be read ("
                    + e.getMessage() + "); retrain it or delete its file", e);
        }
        int dimension = model.randomStyle(0).dimension();
        if (stored.isPresent() && stored.get().code().dimension() != dimension) {
            throw new GlyphGanException("Saved style '" + name + "' has a style code of dimension "
                    + stored.get().code().dimension() + " but this model uses " + dimension
                    + ", so it was fitted with another model; retrain it with this model");
        }
        return stored;
    }

    private GlyphGanException unknown(String kind, String name) {
        return new UnknownStyleException("Unknown " + kind + " '" + name + "': it is neither a named style of this model"
                + " nor a custom style saved in " + store.directory(), name);
    }
}
