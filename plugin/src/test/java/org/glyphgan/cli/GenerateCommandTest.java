package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.glyphgan.facade.SampleImages;
import org.glyphgan.facade.TinyModels;
import org.glyphgan.gan.ModelFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    static Path dir;
    private static String model;
    private static String styles;

    @BeforeAll
    static void writeModel() throws IOException {
        Path file = dir.resolve("tiny-model.zip");
        ModelFile.write(TinyModels.shared(), file, "test");
        model = file.toString();
        styles = dir.resolve("styles").toString();
    }

    private static CliRun run(String... args) {
        String[] withModel = Arrays.copyOf(args, args.length + 4);
        withModel[args.length] = "--model";
        withModel[args.length + 1] = model;
        withModel[args.length + 2] = "--styles-dir";
        withModel[args.length + 3] = styles;
        return CliRun.of(withModel);
    }

    @Test
    void generateWritesFontSvgsAndVerdicts() {
        Path ttf = dir.resolve("out/sans.ttf");
        Path svg = dir.resolve("out/svg");
        CliRun run = run("generate", "--style", "sans", "--chars", "Hamburgefonstiv", "--out", ttf.toString(),
                "--svg", svg.toString(), "--family", "Tiny Sans");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("Wrote " + ttf + " (Tiny Sans Regular, 15 glyphs, style sans)"), run.toString());
        assertTrue(run.stdout().contains("specimen " + svg.resolve("specimen.svg")), run.toString());
        assertTrue(run.stdout().contains("PASS ots-sanitize"), run.toString());
        assertFalse(run.stdout().contains("FAIL "), run.toString());
        assertTrue(Files.isRegularFile(svg.resolve("uni0048.svg")), "uni0048.svg missing");
    }

    @Test
    void unsupportedCharactersAreListedWithTheirCharacter() {
        Path ttf = dir.resolve("a.ttf");
        CliRun run = run("generate", "--random-style", "5", "--chars", "A\u00c5_", "--out", ttf.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("Not generated (1):"), run.toString());
        assertTrue(run.stdout().contains("  U+00C5 '\u00c5': not supported by this model, which draws"), run.toString());
        assertTrue(run.stdout().contains("(Glyphgan Random 5 Regular, 2 glyphs, style random:5)"), run.toString());
    }

    @Test
    void oneGlyphIsSingular() {
        Path ttf = dir.resolve("one.ttf");
        CliRun run = run("generate", "--style", "sans", "--chars", "H", "--out", ttf.toString(), "--no-validate");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("(Glyphgan sans Regular, 1 glyph, style sans)"), run.toString());
    }

    @Test
    void noSupportedCharacterIsRejectedBeforeDrawing() {
        Path ttf = dir.resolve("han.ttf");
        CliRun run = run("generate", "--style", "sans", "--chars", "U+4E00", "--out", ttf.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("error: None of the requested characters is supported by this model, which draws"
                + " U+0021-U+007E; choose characters in that range"), run.messages(), run.toString());
        assertFalse(Files.exists(ttf), run.toString());
    }

    @Test
    void previewOfNoGlyphsFailsAndWritesNothing() {
        Path specimen = dir.resolve("empty/specimen.svg");
        CliRun run = run("preview", "--style", "sans", "--chars", "U+0020", "--out", specimen.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of("error: The glyph set 'sans' has no glyphs to preview; request characters other than"
                + " the space, which is never drawn"), run.messages(), run.toString());
        assertFalse(Files.exists(specimen), run.toString());
        assertFalse(run.stdout().contains("Wrote"), run.toString());
    }

    @Test
    void twoStyleSourcesAreRejected() {
        CliRun run = run("generate", "--style", "sans", "--custom", "mine", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: "), run.toString());
        assertTrue(run.stderr().contains("mutually exclusive"), run.toString());
        assertTrue(run.stderr().strip().endsWith("(see 'glyphgan generate --help')"), run.toString());
        assertEquals(1, run.stderr().strip().lines().count(), "usage error is not one line: " + run);
        assertEquals("", run.stdout(), run.toString());
    }

    @Test
    void mutuallyExclusiveHasOneErrorPrefix() {
        CliRun run = run("generate", "--style", "sans", "--custom", "mine", "--out", dir.resolve("x.ttf").toString());
        assertTrue(run.stderr().startsWith("error: --"), run.toString());
        assertFalse(run.stderr().contains("Error:"), run.toString());
    }

    @Test
    void styleSpecInStyleNamesItsOption() {
        CliRun run = run("generate", "--style", "random:1", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: Invalid value for option '--style': 'random:1' is not a style name;"
                + " use --random-style SEED instead"), run.toString());
    }

    @Test
    void longFamilyIsUsageError() {
        String family = "F".repeat(32);
        CliRun run = run("generate", "--style", "sans", "--family", family, "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: Invalid value for option '--family': '" + family + "' has 32"
                + " characters but Windows lists family names of at most 31; pass a shorter name"), run.toString());
        assertFalse(Files.exists(dir.resolve("x.ttf")), run.toString());
    }

    @Test
    void missingOutIsOneLineUsageError() {
        CliRun run = run("preview", "--style", "sans");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: Missing required option: '--out=SPECIMEN.svg'"), run.toString());
        assertEquals(1, run.stderr().strip().lines().count(), run.toString());
    }

    @Test
    void invalidCandidatesAndMixAreUsageErrors() {
        CliRun candidates = run("generate", "--style", "sans", "--candidates", "-1", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, candidates.exitCode(), candidates.toString());
        assertTrue(candidates.stderr().startsWith("error: Invalid value for option '--candidates': -1 is outside 1 to 64"),
                candidates.toString());
        assertTrue(candidates.stderr().strip().endsWith("(see 'glyphgan generate --help')"), candidates.toString());
        CliRun mix = run("preview", "--mix", "serif,sans,1.5", "--out", dir.resolve("x.svg").toString());
        assertEquals(2, mix.exitCode(), mix.toString());
        assertTrue(mix.stderr().startsWith("error: Invalid value for option '--mix': 'serif,sans,1.5' must be"),
                mix.toString());
        assertEquals(1, mix.stderr().strip().lines().count(), mix.toString());
    }

    @Test
    void monospacedPitchWritesFixedPitchFont() throws IOException {
        Path ttf = dir.resolve("mono.ttf");
        CliRun run = run("generate", "--style", "sans", "--chars", "Hil.", "--pitch", "monospaced", "--out", ttf.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().matches("(?s).*\\(Glyphgan sans Regular, 4 glyphs, style sans, monospaced on \\d+ units\\).*"),
                run.toString());
        assertFalse(run.stdout().contains("FAIL"), run.toString());
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(ttf)))) {
            assertEquals(1, font.getPostScript().getIsFixedPitch());
        }
    }

    @Test
    void invalidPitchIsUsageError() {
        CliRun run = run("generate", "--style", "sans", "--pitch", "fixed", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: Invalid value for option '--pitch': 'fixed'; use auto,"
                + " proportional or monospaced"), run.toString());
    }

    @Test
    void missingStyleSourceIsRejected() {
        CliRun run = run("generate", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("Missing required argument"), run.toString());
    }

    @Test
    void unknownStyleIsOneLine() {
        CliRun run = run("generate", "--style", "gothic", "--out", dir.resolve("x.ttf").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(1, run.messages().size(), "error is not one line: " + run);
        String message = run.messages().get(0);
        assertTrue(message.startsWith("error: Unknown style 'gothic': it is neither a named style"), run.toString());
        assertTrue(message.endsWith("; run 'glyphgan styles' to list the named and custom styles"), run.toString());
        assertTrue(message.length() < 300, "error is too long: " + run);
    }

    @Test
    void verboseAddsStackTrace() {
        CliRun before = run("-v", "generate", "--style", "gothic", "--out", dir.resolve("x.ttf").toString());
        assertEquals(1, before.exitCode(), before.toString());
        assertTrue(before.stderr().contains("\tat org.glyphgan.facade"), before.toString());
        CliRun after = run("generate", "-v", "--style", "gothic", "--out", dir.resolve("x.ttf").toString());
        assertTrue(after.stderr().contains("\tat org.glyphgan.facade"), after.toString());
    }

    @Test
    void emptyCharacterSetIsOneLine() {
        CliRun run = run("generate", "--style", "sans", "--chars", "", "--out", dir.resolve("x.ttf").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().startsWith("error: Invalid value for option '--chars': Character set spec is empty"),
                run.toString());
        assertEquals(1, run.stderr().strip().lines().count(), run.toString());
    }

    @Test
    void outputUnderRegularFileFailsBeforeGenerating() throws IOException {
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        CliRun run = run("generate", "--style", "sans", "--out", file.resolve("font.ttf").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains(file + " is a regular file, not a folder"), run.toString());
        assertFalse(run.stderr().contains("Generated"), "generated before checking the output: " + run);
    }

    @Test
    void missingModelNamesReason() {
        Path missing = dir.resolve("no-such-model.zip");
        CliRun run = CliRun.of("evaluate", "--model", missing.toString(), "--datasets", dir.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains(missing + ": model file not found; pass a model zip written by the train"
                + " command"), run.toString());
    }

    @Test
    void truncatedModelIsOneLine() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(model));
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        CliRun run = CliRun.of("styles", "--model", truncated.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("error: Model file " + truncated + " is truncated or not a glyphgan model"),
                run.toString());
    }

    @Test
    void stylesListsNamedAndCustom() {
        CliRun run = run("styles");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("serif"), run.toString());
        assertTrue(run.stdout().contains("named"), run.toString());
        assertTrue(run.stdout().contains("custom styles are read from " + styles), run.toString());
    }

    @Test
    void retrainThenGenerateCustom() {
        Path samples = SampleImages.write(dir.resolve("samples"), "Ho");
        CliRun retrain = run("retrain", "--samples", samples.toString(), "--name", "bold-serif");
        assertEquals(0, retrain.exitCode(), retrain.toString());
        assertTrue(retrain.stdout().contains("Saved style 'bold-serif' fitted to 2 samples (U+0048,U+006F)"),
                retrain.toString());
        CliRun listed = run("styles");
        assertTrue(listed.stdout().contains("bold-serif"), listed.toString());
        CliRun preview = run("preview", "--custom", "bold-serif", "--chars", "Hx",
                "--out", dir.resolve("preview/specimen.svg").toString());
        assertEquals(0, preview.exitCode(), preview.toString());
        assertTrue(Files.isRegularFile(dir.resolve("preview/specimen.svg")), preview.toString());
    }

    @Test
    void samplesAndMixStylesPreview() {
        Path samples = SampleImages.write(dir.resolve("samples-fly"), "Hx");
        Path fitted = dir.resolve("fly/specimen.svg");
        CliRun fly = run("preview", "--samples", samples.toString(), "--chars", "no", "--out", fitted.toString());
        assertEquals(0, fly.exitCode(), fly.toString());
        assertTrue(fly.stdout().contains("Wrote the specimen of 2 glyphs in style samples:" + samples), fly.toString());
        assertTrue(Files.isRegularFile(fitted), fly.toString());
        CliRun mix = run("preview", "--mix", "serif,mono,0.25", "--chars", "no", "--out", dir.resolve("mix.svg").toString());
        assertEquals(0, mix.exitCode(), mix.toString());
        assertTrue(mix.stdout().contains("in style mix:serif,mono,0.25"), mix.toString());
    }

    @Test
    void retrainFineTunesDecoder() {
        Path samples = SampleImages.write(dir.resolve("samples-ft"), "Ho");
        CliRun run = run("retrain", "--samples", samples.toString(), "--name", "tuned", "--fine-tune-steps", "2");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("Saved its decoder, fine-tuned for 2 steps, to " + styles
                + "/tuned.decoder-"), run.toString());
        assertTrue(Files.isRegularFile(Path.of(styles, "tuned.json")), run.toString());
        CliRun listed = run("styles");
        assertTrue(listed.stdout().contains("decoder fine-tuned for 2 steps"), listed.toString());
    }

    @Test
    void fineTuneStepsAboveBoundAreRejected() {
        Path samples = SampleImages.write(dir.resolve("samples-bound"), "H");
        CliRun run = run("retrain", "--samples", samples.toString(), "--name", "tuned", "--fine-tune-steps", "2001");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("error: Invalid value for option '--fine-tune-steps': 2001 is outside 0 to 2000 (0 fits the style"
                + " code only) (see 'glyphgan retrain --help')", run.stderr().strip(), run.toString());
        CliRun negative = run("retrain", "--samples", samples.toString(), "--name", "tuned", "--fine-tune-steps", "-1");
        assertEquals(2, negative.exitCode(), negative.toString());
        assertTrue(CliRun.of("retrain", "--help").stdout().contains("--fine-tune-steps=N"), "help lacks the option");
    }

    @Test
    void noArgumentsListEveryVerb() {
        CliRun run = CliRun.of();
        assertEquals(0, run.exitCode(), run.toString());
        for (String verb : List.of("generate", "preview", "retrain", "serve", "train", "evaluate")) {
            assertTrue(run.stdout().contains("  " + verb + " "), verb + " missing from " + run);
        }
    }

    @Test
    void rootHelpMentionsVerbose() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().contains("add -v to any verb to print the stack trace"), run.toString());
    }

    @Test
    void helpDescribesEveryOptionWithDefault() {
        CliRun run = CliRun.of("generate", "--help");
        assertEquals(0, run.exitCode(), run.toString());
        for (String option : new String[] {"--style", "--random-style", "--mix", "--custom", "--samples", "--chars",
                "--out", "--svg", "--family", "--style-name", "--candidates", "--seed", "--model", "--styles-dir"}) {
            assertTrue(run.stdout().contains(option), option + " missing from help: " + run);
        }
        assertTrue(run.stdout().contains("(default: basic)"), run.toString());
    }
}
