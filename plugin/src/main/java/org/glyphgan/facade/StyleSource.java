package org.glyphgan.facade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The source of a glyph set's style: a named, random, mixed, custom or sample-fitted style. */
public sealed interface StyleSource {
    /** A style learned from one training font, by the name {@link GlyphGan#styles} lists. */
    record Named(String name) implements StyleSource {
        public Named {
            requireName(name, "named style");
        }

        @Override
        public String label() {
            return name;
        }
    }

    /** A new style drawn from the distribution of the training styles. */
    record Random(long seed) implements StyleSource {
        @Override
        public String label() {
            return "random:" + seed;
        }
    }

    /**
     * A blend of two named or custom styles: {@code first} at weight 0, {@code second} at weight 1.
     * The style codes are blended and the opened model draws the mix, so a custom style with a
     * fine-tuned decoder contributes its style code only.
     *
     * @param weight weight of {@code second}, in [0, 1]
     */
    record Mix(String first, String second, double weight) implements StyleSource {
        public Mix {
            requireName(first, "first mixed style");
            requireName(second, "second mixed style");
            if (!(weight >= 0 && weight <= 1)) {
                throw new GlyphGanException("Invalid mix weight " + weight + ": the weight of the second style must be"
                        + " in [0, 1], e.g. 0.5 for an even blend");
            }
        }

        @Override
        public String label() {
            return "mix:" + first + "," + second + "," + weight;
        }
    }

    /** A custom style saved by {@link GlyphGan#retrain}, drawn with its fine-tuned decoder when it has one. */
    record Custom(String savedName) implements StyleSource {
        public Custom {
            requireName(savedName, "custom style");
        }

        @Override
        public String label() {
            return "custom:" + savedName;
        }
    }

    /**
     * A style fitted on the fly to sample glyphs (image or SVG files, fonts, or folders of them),
     * without saving it.
     */
    record Samples(List<Path> files) implements StyleSource {
        public Samples {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new GlyphGanException("The sample list is empty; give image, SVG or font files, or folders of them");
            }
        }

        @Override
        public String label() {
            return "samples:" + files.stream().map(Path::toString).collect(Collectors.joining(","));
        }
    }

    /** The source as {@link #parse} reads it. */
    String label();

    /**
     * Parses {@code NAME}, {@code random:SEED}, {@code mix:A,B,W} (W the weight of B in [0, 1]),
     * {@code custom:NAME} or {@code samples:PATH,PATH...}.
     */
    static StyleSource parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new GlyphGanException("The style is empty; use NAME, random:SEED, mix:A,B,WEIGHT or custom:NAME");
        }
        String trimmed = spec.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("random:")) {
            return new Random(parseSeed(trimmed.substring("random:".length()), spec));
        }
        if (lower.startsWith("mix:")) {
            return parseMix(trimmed.substring("mix:".length()), spec);
        }
        if (lower.startsWith("samples:")) {
            List<Path> files = new ArrayList<>();
            for (String part : trimmed.substring("samples:".length()).split(",")) {
                if (!part.isBlank()) {
                    files.add(Path.of(part.strip()));
                }
            }
            return new Samples(files);
        }
        if (lower.startsWith("custom:")) {
            return new Custom(trimmed.substring("custom:".length()).strip());
        }
        return new Named(trimmed);
    }

    private static long parseSeed(String text, String spec) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new GlyphGanException("Invalid style '" + spec + "': the random seed must be an integer, e.g. random:42");
        }
    }

    private static Mix parseMix(String text, String spec) {
        String[] parts = text.split(",", -1);
        if (parts.length != 3) {
            throw new GlyphGanException("Invalid style '" + spec + "': a mix needs two style names and a weight,"
                    + " e.g. mix:NAME1,NAME2,0.5");
        }
        double weight;
        try {
            weight = Double.parseDouble(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new GlyphGanException("Invalid style '" + spec + "': the mix weight '" + parts[2].strip()
                    + "' is not a number; use a value in [0, 1] such as 0.5");
        }
        return new Mix(parts[0].strip(), parts[1].strip(), weight);
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new GlyphGanException("The " + what + " name is empty; run 'glyphgan styles' to list the styles");
        }
    }
}
