package org.glyphgan.corpus;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Loads TTF, OTF (CFF outlines) and WOFF 1.0 files into {@link CorpusFont}s. Every file is
 * treated as untrusted: its size is capped before reading, its SHA-256 is checked against the
 * manifest, WOFF lengths are checked against the data, and FontBox parses under a time limit.
 */
public final class FontLoader {
    private static final int SFNT_TRUETYPE = 0x00010000;
    private static final int SFNT_TRUE = 0x74727565; // 'true', old Apple TrueType
    private static final int SFNT_OTTO = 0x4F54544F; // 'OTTO', CFF outlines
    private static final int WOFF2 = 0x774F4632; // 'wOF2'
    private static final int COLLECTION = 0x74746366; // 'ttcf'
    private static final int MIN_UNITS_PER_EM = 16;
    private static final int MAX_UNITS_PER_EM = 16384;

    private final FontLimits limits;

    public FontLoader(FontLimits limits) {
        this.limits = limits;
    }

    public FontLoader() {
        this(FontLimits.defaults());
    }

    /** Loads the manifest entry's file from {@code fontsDir} and checks its SHA-256. */
    public CorpusFont load(Path fontsDir, ManifestEntry entry) throws FontLoadException {
        Path path = fontsDir.resolve(entry.file());
        byte[] bytes = readCapped(path, entry.file());
        String actual = sha256(bytes);
        if (!actual.equalsIgnoreCase(entry.sha256())) {
            throw new FontLoadException("Font file " + entry.file() + " has SHA-256 " + actual
                    + " but the manifest lists " + entry.sha256() + "; restore the file or regenerate the manifest");
        }
        return parse(bytes, entry.file(), entry.family(), entry.style());
    }

    /** Loads a font file outside the corpus (no checksum); family and style come from its 'name' table. */
    public CorpusFont loadFile(Path path) throws FontLoadException {
        String fileName = path.getFileName().toString();
        return parse(readCapped(path, fileName), fileName, null, null);
    }

    /** Parses font bytes in any supported format; {@code family}/{@code style} null means "from the font". */
    public CorpusFont parse(byte[] bytes, String fileName, String family, String style) throws FontLoadException {
        if (bytes.length > limits.maxFileBytes()) {
            throw tooLarge(fileName, bytes.length);
        }
        if (bytes.length < 12) {
            throw new FontLoadException("Font file " + fileName + " has only " + bytes.length
                    + " bytes, too short for any font format");
        }
        int magic = magicOf(bytes);
        if (magic == WoffDecoder.SIGNATURE) {
            byte[] sfnt = new WoffDecoder(fileName, limits).decode(bytes);
            return parseSfnt(sfnt, fileName, family, style, magicOf(sfnt));
        }
        if (magic == WOFF2) {
            throw new FontLoadException("Font file " + fileName + " is WOFF 2.0, which is not supported;"
                    + " use the .woff (1.0), .ttf or .otf version");
        }
        if (magic == COLLECTION) {
            throw new FontLoadException("Font file " + fileName + " is a font collection (.ttc);"
                    + " extract a single font first");
        }
        return parseSfnt(bytes, fileName, family, style, magic);
    }

    private CorpusFont parseSfnt(byte[] sfnt, String fileName, String family, String style, int magic)
            throws FontLoadException {
        TTFParser parser;
        if (magic == SFNT_TRUETYPE || magic == SFNT_TRUE) {
            parser = new TTFParser();
        } else if (magic == SFNT_OTTO) {
            parser = new OTFParser();
        } else {
            throw new FontLoadException(String.format("Font file %s starts with 0x%08X, which is not a TrueType,"
                    + " OpenType or WOFF signature; the file is damaged or not a font", fileName, magic));
        }
        SfntDirectory.check(sfnt, fileName, limits);
        return ParseGuard.call(fileName, "parsing", limits.parseTimeout(), () -> {
            TrueTypeFont font = parser.parse(new RandomAccessReadBuffer(sfnt));
            return describe(font, fileName, family, style);
        });
    }

    /** Reads every table the loader relies on now, inside the time limit, and builds the font. */
    private CorpusFont describe(TrueTypeFont font, String fileName, String family, String style) throws IOException {
        HeaderTable head = require(font.getHeader(), fileName, "head");
        HorizontalHeaderTable hhea = require(font.getHorizontalHeader(), fileName, "hhea");
        require(font.getHorizontalMetrics(), fileName, "hmtx");
        CmapLookup cmap = require(font.getUnicodeCmapLookup(false), fileName, "cmap (Unicode subtable)");
        int unitsPerEm = head.getUnitsPerEm();
        if (unitsPerEm < MIN_UNITS_PER_EM || unitsPerEm > MAX_UNITS_PER_EM) {
            throw new FontLoadException("Font file " + fileName + " has unitsPerEm " + unitsPerEm
                    + ", outside the valid range " + MIN_UNITS_PER_EM + " to " + MAX_UNITS_PER_EM);
        }
        if (font.getNumberOfGlyphs() <= 0) {
            throw new FontLoadException("Font file " + fileName + " declares no glyphs in 'maxp'");
        }
        String familyName = family != null ? family : nameOrFile(font.getNaming() == null ? null
                : font.getNaming().getFontFamily(), fileName);
        String styleName = style != null ? style : nameOrFile(font.getNaming() == null ? null
                : font.getNaming().getFontSubFamily(), "Regular");
        FontMetrics provisional = new FontMetrics(unitsPerEm, hhea.getAscender(), hhea.getDescender(),
                hhea.getLineGap(), 0, 0);
        CorpusFont draft = new CorpusFont(fileName, familyName, styleName, font, cmap, provisional, limits);
        OS2WindowsMetricsTable os2 = font.getOS2Windows();
        int capHeight = os2 != null && os2.getVersion() >= 2 && os2.getCapHeight() > 0
                ? os2.getCapHeight() : measuredTop(draft, 'H');
        int xHeight = os2 != null && os2.getVersion() >= 2 && os2.getHeight() > 0
                ? os2.getHeight() : measuredTop(draft, 'x');
        FontMetrics metrics = new FontMetrics(unitsPerEm, hhea.getAscender(), hhea.getDescender(),
                hhea.getLineGap(), capHeight, xHeight);
        return new CorpusFont(fileName, familyName, styleName, font, cmap, metrics, limits);
    }

    /** Top of the glyph's outline in font units, or 0 when the font lacks it. */
    private static int measuredTop(CorpusFont font, int codePoint) throws FontLoadException {
        Optional<GeneralPath> outline = font.outline(codePoint);
        if (outline.isEmpty() || outline.get().getBounds2D().isEmpty()) {
            return 0;
        }
        return (int) Math.round(outline.get().getBounds2D().getMaxY());
    }

    private static <T> T require(T table, String fileName, String tag) throws FontLoadException {
        if (table == null) {
            throw new FontLoadException("Font file " + fileName + " lacks the required '" + tag + "' table");
        }
        return table;
    }

    private static String nameOrFile(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    private byte[] readCapped(Path path, String fileName) throws FontLoadException {
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                throw tooLarge(fileName, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                byte[] bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
                if (bytes.length > limits.maxFileBytes()) {
                    throw tooLarge(fileName, bytes.length);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new FontLoadException("Font file " + fileName + " not found at " + path, e);
        } catch (FontLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new FontLoadException("Font file " + fileName + " could not be read: " + e.getMessage(), e);
        }
    }

    private FontLoadException tooLarge(String fileName, long size) {
        return new FontLoadException("Font file " + fileName + " has " + size + " bytes, above the limit of "
                + limits.maxFileBytes() + " bytes; raise FontLimits.maxFileBytes if the font is genuine");
    }

    private static int magicOf(byte[] bytes) {
        return ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
    }

    /** Lowercase hex SHA-256 of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
