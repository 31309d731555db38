package org.glyphgan.dataset;

import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.CorpusManifest;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.corpus.ManifestEntry;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Renders the glyphs of one corpus split (or the base font alone, split {@code base}) into a
 * {@link GlyphDataset}: fonts in manifest order, code points ascending, ink quantized to the
 * 8 bits a dataset file stores, so a dataset read back from disk equals the one built.
 */
public final class DatasetBuilder {
    public static final String BASE_SPLIT = "base";
    private static final Logger LOG = LoggerFactory.getLogger(DatasetBuilder.class);

    private final Path fontsDir;
    private final CorpusManifest manifest;
    private final FontLoader loader;
    private final GlyphRasterizer rasterizer;
    private final CharacterSet characterSet;

    public DatasetBuilder(Path fontsDir, CorpusManifest manifest, FontLoader loader, GlyphRasterizer rasterizer,
                          CharacterSet characterSet) {
        this.fontsDir = fontsDir;
        this.manifest = manifest;
        this.loader = loader;
        this.rasterizer = rasterizer;
        this.characterSet = characterSet;
    }

    /** Creates a builder with the default loader limits and a {@code sizePx} em box. */
    public static DatasetBuilder forCorpus(Path fontsDir, int sizePx, CharacterSet characterSet) throws IOException {
        return new DatasetBuilder(fontsDir, CorpusManifest.read(fontsDir), new FontLoader(),
                new GlyphRasterizer(EmBox.ofSize(sizePx)), characterSet);
    }

    public CharacterSet characterSet() {
        return characterSet;
    }

    public EmBox box() {
        return rasterizer.box();
    }

    /** Manifest entries of {@code split}: one of the corpus splits, or {@code base} for the base font. */
    public List<ManifestEntry> entries(String split) {
        if (BASE_SPLIT.equals(split)) {
            return List.of(manifest.baseEntry());
        }
        return manifest.split(split);
    }

    /**
     * Renders every character of the set in every font of {@code split}. A font that fails to load
     * and a glyph the font lacks are skipped with a WARN naming them.
     */
    public GlyphDataset build(String split) {
        List<ManifestEntry> used = new ArrayList<>();
        List<GlyphSample> samples = new ArrayList<>();
        for (ManifestEntry entry : entries(split)) {
            CorpusFont font;
            try {
                font = loader.load(fontsDir, entry);
            } catch (FontLoadException e) {
                LOG.warn("Skipping font {}: {}", entry.file(), e.getMessage());
                continue;
            }
            used.add(entry);
            int before = samples.size();
            for (int codePoint : characterSet.codePoints()) {
                renderGlyph(font, codePoint).ifPresent(bitmap ->
                        samples.add(new GlyphSample(entry.file(), codePoint, bitmap)));
            }
            LOG.debug("Rendered {} glyphs of {}", samples.size() - before, entry.file());
        }
        return new GlyphDataset(split, box().sizePx(), corpusHash(split, used), samples);
    }

    private Optional<GrayBitmap> renderGlyph(CorpusFont font, int codePoint) {
        String glyph = CorpusFont.codePointName(codePoint);
        try {
            Optional<GeneralPath> outline = font.outline(codePoint);
            if (outline.isEmpty()) {
                LOG.warn("Font {} has no glyph for {}; skipping it", font.fileName(), glyph);
                return Optional.empty();
            }
            if (outline.get().getBounds2D().isEmpty() && !Character.isWhitespace(codePoint)) {
                LOG.warn("Font {} maps {} to an empty outline; skipping it", font.fileName(), glyph);
                return Optional.empty();
            }
            int advanceWidth = font.advanceWidth(codePoint).orElseThrow();
            GrayBitmap bitmap = rasterizer.render(outline.get(), font.unitsPerEm(), advanceWidth);
            return Optional.of(DatasetFile.quantized(bitmap));
        } catch (FontLoadException e) {
            LOG.warn("Font {} could not draw {}; skipping it: {}", font.fileName(), glyph, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * SHA-256 over the manifest entries used (file, sha256, family, style, split) and the render
     * settings (format version, em box, supersampling, character set), one line each.
     */
    public String corpusHash(String split, List<ManifestEntry> used) {
        StringBuilder text = new StringBuilder();
        EmBox box = box();
        text.append("glyphgan-dataset v").append(DatasetFile.VERSION).append('\n');
        text.append("split ").append(split).append('\n');
        text.append("box ").append(box.sizePx()).append(' ').append(box.topEm()).append(' ')
                .append(box.bottomEm()).append(' ').append(box.widthEm()).append('\n');
        text.append("supersample ").append(rasterizer.supersample()).append('\n');
        text.append("chars ").append(characterSet.codePoints()).append('\n');
        for (ManifestEntry entry : used) {
            text.append("font ").append(entry.file()).append(' ').append(entry.sha256()).append(' ')
                    .append(entry.family()).append(" / ").append(entry.style()).append(' ')
                    .append(entry.split()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
