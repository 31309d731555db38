package org.glyphgan.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.glyphgan.facade.GlyphGanException;
import org.glyphgan.facade.StyleSource;
import org.glyphgan.facade.TrainingFonts;
import org.glyphgan.corpus.ManifestEntry;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The one style source of a generate or preview command; picocli enforces that exactly one is given. */
final class StyleOptions {
    @Option(names = "--style", paramLabel = "NAME",
            description = "A named style learned from a training font; 'glyphgan styles' lists them.")
    String named;

    @Option(names = "--random-style", paramLabel = "SEED",
            description = "A new style drawn at random from the training styles' distribution; the same seed gives"
                    + " the same style.")
    Long randomSeed;

    @Option(names = "--mix", paramLabel = "NAME1,NAME2,WEIGHT",
            description = "A blend of two named or custom styles; WEIGHT in [0, 1] is the share of NAME2"
                    + " (0 = NAME1, 1 = NAME2). Only the style codes blend: a custom style's fine-tuned decoder"
                    + " is not used in a mix.")
    String mix;

    @Option(names = "--custom", paramLabel = "NAME",
            description = "A custom style saved by 'glyphgan retrain'.")
    String custom;

    @Option(names = "--samples", paramLabel = "PATH", arity = "1..*",
            description = "Sample glyphs to fit a style to on the fly, without saving it: images named after their"
                    + " character (A.png, U+0041.png), SVGs, a font, or folders of them.")
    List<Path> samples;

    /**
     * Returns the chosen style source.
     *
     * @throws ParameterException for a malformed {@code --mix} value
     */
    StyleSource toSource(CommandLine commandLine) {
        if (named != null) {
            rejectSpecInStyle(commandLine);
            return new StyleSource.Named(named);
        }
        if (randomSeed != null) {
            return new StyleSource.Random(randomSeed);
        }
        if (mix != null) {
            return mix(commandLine);
        }
        if (custom != null) {
            return new StyleSource.Custom(custom);
        }
        return new StyleSource.Samples(samples);
    }

    /**
     * Rejects a style spec such as {@code random:1} given to {@code --style}, which takes names only,
     * and names the option that takes it. The HTTP API's {@code style} field takes these specs.
     */
    private void rejectSpecInStyle(CommandLine commandLine) {
        String lower = named.strip().toLowerCase(Locale.ROOT);
        for (String[] prefixAndOption : SPEC_OPTIONS) {
            if (lower.startsWith(prefixAndOption[0])) {
                throw new ParameterException(commandLine, "Invalid value for option '--style': '" + named
                        + "' is not a style name; use " + prefixAndOption[1] + " instead");
            }
        }
    }

    /** Style spec prefixes and the option that takes each kind of style on the command line. */
    private static final String[][] SPEC_OPTIONS = {
            {"random:", "--random-style SEED"}, {"mix:", "--mix NAME1,NAME2,WEIGHT"}, {"custom:", "--custom NAME"},
            {"samples:", "--samples PATH"}};

    private StyleSource mix(CommandLine commandLine) {
        try {
            return StyleSource.parse("mix:" + mix);
        } catch (GlyphGanException e) {
            throw new ParameterException(commandLine, "Invalid value for option '--mix': '" + mix + "' must be two style"
                    + " names and the weight of the second in [0, 1], e.g. --mix dejavu-serif/DejaVuSerif.ttf,"
                    + "dejavu-sans/DejaVuSans.ttf,0.5", e, null, mix);
        }
    }

    /**
     * The longest family name the default gives and {@code --family} accepts, because Windows GDI face
     * names hold at most 31 characters.
     */
    static final int MAX_FAMILY_LENGTH = 31;

    /** Rejects a {@code --family} value over {@link #MAX_FAMILY_LENGTH} characters; null passes. */
    static void checkFamilyLength(CommandLine commandLine, String family) {
        if (family != null && family.length() > MAX_FAMILY_LENGTH) {
            throw new ParameterException(commandLine, "Invalid value for option '--family': '" + family + "' has "
                    + family.length() + " characters but Windows lists family names of at most " + MAX_FAMILY_LENGTH
                    + "; pass a shorter name");
        }
    }
    /** The shortest "Glyphgan" plus family part kept in front of a training font's style words. */
    private static final int MIN_FAMILY_ROOM = "Glyphgan ".length() + 4;

    /**
     * Returns a family name for the style: "Glyphgan" plus the training font's family and style from
     * the corpus manifest ("Glyphgan Mali Bold"), "Mix", "Random" and the seed, the custom style's
     * name, or "Samples", at most {@link #MAX_FAMILY_LENGTH} characters. A named style that the
     * manifest lacks gets its {@link #readable} file name instead.
     *
     * @param styleName the style name written into the font. A named style's trailing word that repeats it
     *                  is dropped, so the full name does not say "Regular" twice.
     */
    String defaultFamily(String styleName) {
        String family;
        if (named != null) {
            Optional<ManifestEntry> font = TrainingFonts.font(named);
            if (font.isPresent()) {
                return trainingFontFamily(font.get().family(), font.get().style(), styleName);
            }
            family = "Glyphgan " + withoutStyleWord(readable(named), styleName);
        } else if (randomSeed != null) {
            family = "Glyphgan Random " + randomSeed;
        } else if (mix != null) {
            family = "Glyphgan Mix";
        } else if (custom != null) {
            family = "Glyphgan " + custom;
        } else {
            family = "Glyphgan Samples";
        }
        return shortened(family);
    }

    /**
     * Returns ", learned from the training font Mali Bold" for a named style of the corpus manifest,
     * and an empty string for every other style. The output line then names the font, not only its file.
     */
    String trainingFontNote() {
        if (named == null) {
            return "";
        }
        return TrainingFonts.readableName(named).map(name -> ", learned from the training font " + name).orElse("");
    }

    /**
     * Turns a style name that the corpus manifest lacks, such as {@code my-fonts/MyFont-Bold.ttf}, into
     * {@code MyFont Bold}: the file name without its folder and extension, with '-' and '_' as spaces.
     * A file name part without letters or digits ({@code foo/.ttf}) gives the folder words ({@code foo}),
     * and a name without any gives {@code Style}.
     */
    static String readable(String styleName) {
        String trimmed = styleName.strip();
        String withoutExtension = trimmed.replaceFirst("(?i)\\.(ttf|otf|woff2?)$", "");
        String fileName = withoutExtension.substring(withoutExtension.lastIndexOf('/') + 1);
        String words = words(fileName);
        if (words.isEmpty()) {
            words = words(withoutExtension.replace('/', ' ').replace('.', ' '));
        }
        return words.isEmpty() ? "Style" : words;
    }

    /**
     * Returns {@code text} without control and format characters, with '-', '_' and every kind of
     * space as one plain space, stripped; or an empty string when it has no letter or digit.
     */
    private static String words(String text) {
        String spaced = text.replaceAll("\\p{C}", "").replaceAll("[-_\\p{Z}\\s]+", " ").strip();
        return spaced.codePoints().anyMatch(Character::isLetterOrDigit) ? spaced : "";
    }

    /**
     * Drops the trailing words of {@code name} that spell {@code styleName} (ignoring case and
     * spaces): {@code Roboto Regular} with style Regular gives {@code Roboto}. A name that is only
     * the style word stays whole.
     */
    static String withoutStyleWord(String name, String styleName) {
        String expected = compact(styleName);
        String[] words = name.split(" ");
        for (int first = words.length - 1; first >= 1; first--) {
            String tail = compact(String.join("", Arrays.copyOfRange(words, first, words.length)));
            if (tail.equals(expected)) {
                return String.join(" ", Arrays.copyOfRange(words, 0, first));
            }
        }
        return name;
    }

    /**
     * Returns "Glyphgan", the training font's family and its style words other than those that spell
     * {@code styleName}. When that is longer than {@link #MAX_FAMILY_LENGTH}, family words are cut and
     * the style words kept, so the Regular and the Italic of one family do not get the same name.
     */
    static String trainingFontFamily(String fontFamily, String fontStyle, String styleName) {
        String style = compact(fontStyle).equals(compact(styleName)) ? "" : withoutStyleWord(fontStyle, styleName);
        String head = "Glyphgan " + fontFamily;
        String tail = style.isEmpty() ? "" : " " + style;
        int room = MAX_FAMILY_LENGTH - tail.length();
        if (head.length() <= room || room < MIN_FAMILY_ROOM) {
            return shortened(head + tail);
        }
        return shortened(head, room) + tail;
    }

    /** Cuts a family name longer than {@link #MAX_FAMILY_LENGTH} at the last space that fits, else mid-word. */
    static String shortened(String family) {
        return shortened(family, MAX_FAMILY_LENGTH);
    }

    /** Cuts {@code family} to at most {@code maxLength} characters at the last space that fits, else mid-word. */
    private static String shortened(String family, int maxLength) {
        if (family.length() <= maxLength) {
            return family;
        }
        int space = family.lastIndexOf(' ', maxLength);
        int end = space > "Glyphgan".length() ? space : maxLength;
        return family.substring(0, end).strip();
    }

    private static String compact(String text) {
        return text.replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
