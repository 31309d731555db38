package org.glyphgan.facade;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.samples.StoredStyle;
import org.glyphgan.samples.StyleStore;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.MetricsMeasurer;
import org.glyphgan.sfnt.VerticalMetrics;
import org.glyphgan.trace.BitmapTracer;
import org.glyphgan.trace.TraceParameters;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugin's one API: generates glyph sets in a style, exports them as TTF and SVG, previews
 * them as a specimen sheet and retrains styles on sample glyphs.
 *
 * <p>Thread-safe: its own fields are immutable, the model serializes its calls, and every
 * operation works on its own data, so concurrent calls give the same results as sequential ones.
 * Generation runs on the calling thread; {@link ProgressListener} is called on it and
 * {@link Cancellation} is checked before every model call and every glyph.
 */
public final class GlyphGan implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphGan.class);
    /** Font units per em of every generated outline and exported font. */
    public static final int UNITS_PER_EM = 1000;
    /** First and last character whose drawings set the advance width of a monospaced set. */
    private static final int ADVANCE_REFERENCE_FIRST = 0x21;
    private static final int ADVANCE_REFERENCE_LAST = 0x7E;

    private final StyleModel model;
    private final Path stylesDir;
    private final EmBox emBox;
    private final StyleStore store;
    private final SampleFitter fitter;
    private final StyleResolver resolver;
    private final GlyphDrawer drawer;
    private final Set<Integer> supported;
    private volatile boolean closed;

    private GlyphGan(StyleModel model, CharacterScorer scorer, Path stylesDir) {
        this.model = model;
        this.stylesDir = stylesDir;
        // NOTE: model files do not record the em box their training data was rendered in, so this
        // assumes the default one; a model trained in another box gives glyphs at the wrong scale.
        this.emBox = EmBox.ofSize(model.sizePx());
        this.store = new StyleStore(stylesDir);
        this.fitter = new SampleFitter(model, emBox);
        this.resolver = new StyleResolver(model, store, fitter);
        this.drawer = new GlyphDrawer(model, scorer, new BitmapTracer(TraceParameters.DEFAULTS), emBox, UNITS_PER_EM);
        this.supported = Set.copyOf(model.codePoints());
    }

    /**
     * Opens the model shipped in the plugin jar, with the shipped character classifier scoring
     * candidates when the jar has one; custom styles live in {@code stylesDir}.
     */
    public static GlyphGan openShipped(Path stylesDir) {
        GanStyleModel model = ModelResources.shippedModel();
        return new GlyphGan(model, new DeferredScorer(() -> ModelResources.shippedScorer(model)), stylesDir);
    }

    /** Opens any model, e.g. a small test model; no classifier scores the candidates. */
    public static GlyphGan open(StyleModel model, Path stylesDir) {
        return open(model, CharacterScorer.NONE, stylesDir);
    }

    /** Opens any model with a classifier that scores candidates. */
    public static GlyphGan open(StyleModel model, CharacterScorer scorer, Path stylesDir) {
        return new GlyphGan(model, scorer, stylesDir);
    }

    /**
     * Opens a model file written by the train command, with the shipped character classifier
     * scoring candidates when the jar has one that reads the model's bitmap size; custom styles
     * live in {@code stylesDir}.
     */
    public static GlyphGan open(Path modelFile, Path stylesDir) {
        GanStyleModel model = ModelResources.modelFile(modelFile);
        return new GlyphGan(model, new DeferredScorer(() -> ModelResources.shippedScorer(model)), stylesDir);
    }

    /** Returns the styles folder: {@code $GLYPHGAN_STYLES_DIR} when set, else {@code ~/.glyphgan/styles}. */
    public static Path defaultStylesDir() {
        return StyleStore.defaultDirectory();
    }

    /**
     * Checks, before a long job starts, that {@code file} can be written: it is not a folder and its
     * nearest existing ancestor is a writable folder.
     *
     * @throws GlyphGanException naming the path and the fix
     */
    public static void checkOutputFile(Path file) {
        OutputChecks.requireWritableFile(file);
    }

    /** Checks, before a long job starts, that {@code folder} is a writable folder or can be created as one. */
    public static void checkOutputFolder(Path folder) {
        OutputChecks.requireWritableFolder(folder);
    }

    public Path stylesDir() {
        return stylesDir;
    }

    /** Code points the model can draw, ascending. */
    public List<Integer> codePoints() {
        return model.codePoints();
    }

    /** Named styles in the model's order, then saved custom styles by name. */
    public List<StyleInfo> styles() {
        ensureOpen();
        List<StyleInfo> styles = new ArrayList<>();
        for (String name : model.namedStyles().keySet()) {
            styles.add(new StyleInfo(name, StyleInfo.NAMED, "learned from the training font " + trainingFont(name)));
        }
        for (StoredStyle stored : store.list()) {
            int steps = stored.fineTuned() ? stored.decoder().fineTuneSteps() : 0;
            String tuned = stored.fineTuned() ? ", decoder fine-tuned for " + steps + (steps == 1 ? " step" : " steps")
                    : "";
            int samples = stored.sampleCodePoints().size();
            String fitted = "fitted to " + samples + (samples == 1 ? " sample (" : " samples (")
                    + CharacterSet.specOf(stored.sampleCodePoints()) + ") on " + stored.created();
            styles.add(new StyleInfo(stored.name(), StyleInfo.CUSTOM, fitted + tuned));
        }
        return styles;
    }

    /** Returns a named style's training font as "Mali Bold (script)", or the style name when the manifest lacks it. */
    private static String trainingFont(String styleName) {
        Optional<String> readable = TrainingFonts.readableName(styleName);
        if (readable.isEmpty()) {
            return styleName;
        }
        return readable.get() + " (" + TrainingFonts.kind(styleName).orElseThrow() + ")";
    }

    /**
     * Generates the requested characters in a style. Characters the model does not support, and
     * characters whose every candidate is blank or flooded, are listed in
     * {@link GlyphSet#failures()} while the others are still generated. U+0020 is skipped: export
     * always adds a space glyph. With several candidates, the one with the highest realism ×
     * classifier confidence is kept (realism alone without a classifier).
     *
     * @throws GlyphGanException for an unknown style, or when the model supports none of the
     *                           requested characters
     * @throws java.util.concurrent.CancellationException when {@code cancel} is set
     */
    public GlyphSet generate(GenerateRequest request, ProgressListener progress, Cancellation cancel) {
        ensureOpen();
        requireSomeSupported(request.codePoints());
        long started = System.nanoTime();
        ResolvedStyle style = resolver.resolve(request.style(), progress, cancel);
        Map<Integer, String> failures = new LinkedHashMap<>();
        List<Integer> drawable = new ArrayList<>();
        for (int codePoint : new LinkedHashSet<>(request.codePoints())) {
            if (codePoint == ' ') {
                continue;
            }
            if (supported.contains(codePoint)) {
                drawable.add(codePoint);
            } else {
                failures.put(codePoint, unsupportedReason());
            }
        }
        GlyphDrawer.Outcome outcome = drawer.withModel(style.model()).draw(style.code(), drawable,
                request.candidates(), request.seed(), progress, cancel);
        failures.putAll(outcome.failures());
        OptionalInt fixedAdvanceWidth = request.pitch().monospaced(style.monospaced())
                ? OptionalInt.of(monospacedAdvance(style, outcome.drawn(), request.candidates(), progress, cancel))
                : OptionalInt.empty();
        GlyphSpacer spacer = fixedAdvanceWidth.isPresent()
                ? GlyphSpacer.monospaced(fixedAdvanceWidth.getAsInt(), emBox, UNITS_PER_EM)
                : GlyphSpacer.ofEm(sideBearingEm(style, outcome.drawn()), emBox, UNITS_PER_EM);
        List<GeneratedGlyph> glyphs = new ArrayList<>(outcome.drawn().size());
        for (DrawnGlyph drawn : outcome.drawn()) {
            glyphs.add(spacer.place(drawn));
        }
        GlyphSet set = new GlyphSet(style.label(), style.code(), UNITS_PER_EM, measure(glyphs), glyphs,
                inRequestOrder(failures, request.codePoints()), fixedAdvanceWidth);
        LOG.info("Generated {} glyphs in style {} ({} failed, {}) in {} ms", glyphs.size(), style.label(),
                failures.size(), fixedAdvanceWidth.isPresent() ? "monospaced on " + fixedAdvanceWidth.getAsInt()
                        + " units" : "proportional", (System.nanoTime() - started) / 1_000_000);
        return set;
    }

    /**
     * Redraws one character of {@code set} with another noise seed, spaced like the rest of the set:
     * on the set's advance width when it is monospaced.
     * A set in a custom style with a fine-tuned decoder is redrawn with the decoder saved now.
     *
     * @throws GlyphGanException when the model does not support the character, the new bitmap is
     *                           unusable, or the set's fine-tuned custom style was retrained since
     */
    public GeneratedGlyph regenerate(GlyphSet set, int codePoint, long seed) {
        ensureOpen();
        if (!supported.contains(codePoint)) {
            throw new GlyphGanException("U+" + GlyphDrawer.hex(codePoint) + " is " + unsupportedReason());
        }
        GlyphDrawer.Outcome outcome = drawer.withModel(resolver.modelFor(set.styleLabel(), set.styleCode()))
                .redraw(set.styleCode(), codePoint, seed);
        if (outcome.drawn().isEmpty()) {
            throw new GlyphGanException("U+" + GlyphDrawer.hex(codePoint) + " could not be redrawn with seed " + seed
                    + ": " + outcome.failures().get(codePoint));
        }
        DrawnGlyph drawn = outcome.drawn().get(0);
        if (set.fixedAdvanceWidth().isPresent()) {
            return GlyphSpacer.monospaced(set.fixedAdvanceWidth().getAsInt(), emBox, UNITS_PER_EM).place(drawn);
        }
        return new GlyphSpacer(sideBearingOf(set, codePoint, drawn), emBox, UNITS_PER_EM).place(drawn);
    }

    /**
     * Writes {@code set} as a TrueType font (quadratic outlines within 1 font unit of the traced
     * cubics, written atomically) and, when {@code svgDirOrNull} is given, one SVG per glyph plus
     * {@code specimen.svg} there, each file written atomically. Then runs every font validator on
     * the written font and returns their verdicts; a failed verdict does not raise.
     *
     * @throws GlyphGanException when the set has no glyphs or an output path cannot be written
     */
    public ExportResult export(GlyphSet set, FontNames names, Path ttfFile, Path svgDirOrNull) {
        return export(set, names, ttfFile, svgDirOrNull, true);
    }

    /**
     * Like {@link #export(GlyphSet, FontNames, Path, Path)}, but with {@code validate} false it
     * skips the validators, which take seconds because several run as external processes, and
     * returns no verdicts.
     */
    public ExportResult export(GlyphSet set, FontNames names, Path ttfFile, Path svgDirOrNull, boolean validate) {
        ensureOpen();
        return FontExporter.export(set, names, ttfFile, svgDirOrNull, validate);
    }

    /** Returns the set as an SVG specimen sheet in font units, 16 glyphs per row. */
    public String specimenSvg(GlyphSet set) {
        ensureOpen();
        return FontExporter.specimenSvg(set);
    }

    /** Returns the TrueType font file of {@code set}, built in memory. */
    public byte[] ttfBytes(GlyphSet set, FontNames names) {
        ensureOpen();
        return FontExporter.ttfBytes(set, names);
    }

    /**
     * Learns a custom style from sample glyphs and saves it under {@code request.name()} in the
     * styles folder, replacing a saved style of that name. It fits a style code to the samples
     * with the generator frozen and reports progress as stage "fit style". With
     * {@link RetrainRequest#fineTuneSteps()} above 0 it then fine-tunes a copy of the generator's
     * decoder on the samples with that code (stage "fine-tune decoder") and saves the tuned arrays
     * with the style; the opened model itself is never changed. Samples of characters the model
     * does not draw are skipped with a warning in the log. The fit and the fine-tune use a fixed
     * seed, so the same samples give the same style.
     *
     * @throws GlyphGanException for an invalid name, unusable samples, or a fine-tune request to a
     *                           model that is not a {@link GanStyleModel}
     * @throws java.util.concurrent.CancellationException when {@code cancel} is set; nothing is saved
     */
    public SavedStyle retrain(RetrainRequest request, ProgressListener progress, Cancellation cancel) {
        ensureOpen();
        String name = checkStyleName(request.name());
        if (request.fineTune() && !(model instanceof GanStyleModel)) {
            throw new GlyphGanException("This model cannot fine-tune its decoder because it is not a GAN model file;"
                    + " retrain with 0 fine-tune steps");
        }
        SampleFitter.Fitted fitted = fitter.fit(request.samples(), progress, cancel);
        cancel.throwIfCancelled();
        Map<String, INDArray> decoder = request.fineTune() ? fineTune(fitted, request.fineTuneSteps(), progress, cancel)
                : null;
        cancel.throwIfCancelled();
        StoredStyle saved;
        try {
            saved = store.save(name, fitted.code(), fitted.samples().codePoints(),
                    fitted.samples().spacing().sideBearingEm(), Instant.now(), decoder, request.fineTuneSteps());
        } catch (RuntimeException e) {
            throw new GlyphGanException(e.getMessage(), e);
        }
        List<Integer> codePoints = fitted.samples().codePoints();
        return new SavedStyle(name, codePoints.size(), codePoints, store.fileOf(name),
                saved.fineTuned() ? saved.decoder().fineTuneSteps() : 0,
                saved.fineTuned() ? saved.decoder().file() : null);
    }

    private Map<String, INDArray> fineTune(SampleFitter.Fitted fitted, int steps, ProgressListener progress,
                                           Cancellation cancel) {
        long started = System.nanoTime();
        Map<String, INDArray> arrays = ((GanStyleModel) model).fineTuneDecoder(fitted.code(),
                fitted.samples().glyphs(), steps, SampleFitter.FIT_SEED, fraction -> {
                    cancel.throwIfCancelled();
                    progress.progress("fine-tune decoder", fraction);
                });
        LOG.info("Fine-tuned the decoder on {} samples for {} steps in {} ms", fitted.samples().glyphs().size(), steps,
                (System.nanoTime() - started) / 1_000_000);
        return arrays;
    }

    /** Marks this instance closed; later calls raise {@link IllegalStateException}. */
    @Override
    public void close() {
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("This GlyphGan instance is closed; open a new one");
        }
    }

    private static String checkStyleName(String name) {
        try {
            return StyleStore.checkName(name);
        } catch (IllegalArgumentException e) {
            throw new GlyphGanException(e.getMessage(), e);
        }
    }

    /**
     * Returns the advance width that a monospaced set in {@code style} shares, measured on the
     * model's Basic Latin characters (U+0021-U+007E) drawn without noise, so that every request in
     * one style gets the same advance whatever characters it requests. Glyphs of a one-candidate
     * request are those drawings already; the others are drawn here, as stage "measure advance".
     */
    private int monospacedAdvance(ResolvedStyle style, List<DrawnGlyph> drawn, int candidates,
                                  ProgressListener progress, Cancellation cancel) {
        Map<Integer, GlyphOutline> reference = new LinkedHashMap<>();
        if (candidates == 1) {
            drawn.forEach(glyph -> reference.put(glyph.codePoint(), glyph.outline()));
        }
        List<Integer> missing = new ArrayList<>();
        for (int codePoint = ADVANCE_REFERENCE_FIRST; codePoint <= ADVANCE_REFERENCE_LAST; codePoint++) {
            if (supported.contains(codePoint) && !reference.containsKey(codePoint)) {
                missing.add(codePoint);
            }
        }
        if (!missing.isEmpty()) {
            GlyphDrawer.Outcome extra = drawer.withModel(style.model()).draw(style.code(), missing, 1, 0,
                    (stage, fraction) -> progress.progress("measure advance", fraction), cancel);
            extra.drawn().forEach(glyph -> reference.put(glyph.codePoint(), glyph.outline()));
        }
        List<GlyphOutline> outlines = new ArrayList<>();
        reference.forEach((codePoint, outline) -> {
            if (codePoint >= ADVANCE_REFERENCE_FIRST && codePoint <= ADVANCE_REFERENCE_LAST) {
                outlines.add(outline);
            }
        });
        return Spacing.cellWidth(outlines, UNITS_PER_EM);
    }

    private double sideBearingEm(ResolvedStyle style, List<DrawnGlyph> drawn) {
        if (style.sideBearingEm().isPresent()) {
            return style.sideBearingEm().getAsDouble();
        }
        List<GrayBitmap> bitmaps = drawn.stream().map(DrawnGlyph::bitmap).toList();
        return Spacing.defaultSideBearingEm(bitmaps, emBox);
    }

    /** Returns the left side bearing the set's other glyphs share, or the default for the new bitmap alone. */
    private int sideBearingOf(GlyphSet set, int codePoint, DrawnGlyph drawn) {
        for (GeneratedGlyph glyph : set.glyphs()) {
            if (glyph.codePoint() != codePoint && !glyph.outline().isEmpty()) {
                return (int) Math.round(OutlinePlacement.xExtent(glyph.outline())[0]);
            }
        }
        double sideBearingEm = Spacing.defaultSideBearingEm(List.of(drawn.bitmap()), emBox);
        return (int) Math.round(sideBearingEm * set.unitsPerEm());
    }

    private static VerticalMetrics measure(List<GeneratedGlyph> glyphs) {
        List<GlyphBuild> builds = new ArrayList<>(glyphs.size());
        for (GeneratedGlyph glyph : glyphs) {
            builds.add(GlyphBuild.forCodePoint(glyph.codePoint(), glyph.advanceWidth(), glyph.outline()));
        }
        return MetricsMeasurer.measure(builds, UNITS_PER_EM);
    }

    private String unsupportedReason() {
        return "not supported by this model, which draws " + CharacterSet.specOf(model.codePoints());
    }

    /**
     * Rejects a request none of whose characters the model draws, before the style is resolved, so
     * the caller learns the fix (other characters) instead of an empty glyph set.
     */
    private void requireSomeSupported(List<Integer> codePoints) {
        for (int codePoint : codePoints) {
            if (codePoint == ' ' || supported.contains(codePoint)) {
                return;
            }
        }
        throw new GlyphGanException("None of the requested characters is supported by this model, which draws "
                + CharacterSet.specOf(model.codePoints()) + "; choose characters in that range");
    }

    private static Map<Integer, String> inRequestOrder(Map<Integer, String> failures, List<Integer> requested) {
        Map<Integer, String> ordered = new LinkedHashMap<>();
        for (int codePoint : requested) {
            String reason = failures.get(codePoint);
            if (reason != null) {
                ordered.put(codePoint, reason);
            }
        }
        return ordered;
    }
}
