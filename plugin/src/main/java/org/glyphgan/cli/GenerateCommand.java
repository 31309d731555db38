package org.glyphgan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.glyphgan.facade.Cancellation;
import org.glyphgan.facade.ExportResult;
import org.glyphgan.facade.FontNames;
import org.glyphgan.facade.GenerateRequest;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.GlyphSet;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code generate} verb: draws a glyph set in a style and writes it as a TTF (and SVGs). */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generates glyphs in one style with the GAN, traces them to outlines, writes a TrueType font (and one SVG"
                + " per glyph plus specimen.svg), and prints the validators' verdicts. Give exactly one of --style,"
                + " --random-style, --mix, --custom or --samples."},
        footer = {"", "Exit status: 0 success, 1 invalid input or failed write, 2 invalid options,"
                + " " + GenerateCommand.EXIT_VALIDATION_FAILED + " a validator rejected the written font."})
final class GenerateCommand implements Callable<Integer> {
    static final int EXIT_VALIDATION_FAILED = 3;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Style (exactly one):%n")
    StyleOptions style;

    @Mixin
    GenerationOptions generation;

    @Option(names = "--out", required = true, paramLabel = "FONT.ttf",
            description = "TrueType font to write; an existing file is replaced only once the new one is complete.")
    Path out;

    @Option(names = "--svg", paramLabel = "DIR",
            description = "Folder for one SVG per glyph (uniXXXX.svg) and specimen.svg, in font units (default: none).")
    Path svgDir;

    @Option(names = "--family", paramLabel = "NAME",
            description = "Family name written into the font (default: \"Glyphgan\" plus the training font's family"
                    + " and style, e.g. Glyphgan Mali Bold, or Mix, Random and the seed, the custom style's name, or"
                    + " Samples). At most 31 characters, the longest family name Windows lists.")
    String family;

    @Option(names = "--style-name", paramLabel = "NAME", defaultValue = "Regular",
            description = "Style name written into the font, e.g. Regular, Bold, Italic (default: ${DEFAULT-VALUE}).")
    String styleName;

    @Option(names = "--validate", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Run the font validators (structure, FontBox, JDK, ots-sanitize, fontTools, ftlint,"
                    + " FontForge) on the written font; --no-validate skips them, which saves about a second"
                    + " (default: ${DEFAULT-VALUE}).")
    boolean validate;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        GlyphGan.checkOutputFile(out);
        if (svgDir != null) {
            GlyphGan.checkOutputFolder(svgDir);
        }
        StyleOptions.checkFamilyLength(spec.commandLine(), family);
        FontNames names = new FontNames(family != null ? family : style.defaultFamily(styleName), styleName);
        PrintWriter stdout = spec.commandLine().getOut();
        GenerateRequest request = generation.request(style.toSource(spec.commandLine()));
        try (GlyphGan glyphGan = model.open()) {
            GlyphSet set = glyphGan.generate(request,
                    new StageProgress(spec.commandLine().getErr()), Cancellation.none());
            printFailures(set, stdout);
            ExportResult result = glyphGan.export(set, names, out, svgDir, validate);
            stdout.println("Wrote " + result.ttfFile().toAbsolutePath() + " (" + names.family() + " " + names.style()
                    + ", " + Counts.of(set.glyphs().size(), "glyph") + ", style " + set.styleLabel()
                    + style.trainingFontNote() + pitchNote(set) + ")");
            if (result.specimenFile() != null) {
                stdout.println("Wrote " + Counts.of(set.glyphs().size(), "SVG") + " and the specimen "
                        + result.specimenFile().toAbsolutePath());
            }
            return printVerdicts(result, stdout, spec.commandLine().getErr());
        }
    }

    /** Returns ", monospaced on N units" for a monospaced set, else nothing. */
    static String pitchNote(GlyphSet set) {
        return set.monospaced() ? ", monospaced on " + set.fixedAdvanceWidth().getAsInt() + " units" : "";
    }

    static void printFailures(GlyphSet set, PrintWriter stdout) {
        if (set.failures().isEmpty()) {
            return;
        }
        stdout.println("Not generated (" + set.failures().size() + "):");
        for (Map.Entry<Integer, String> failure : set.failures().entrySet()) {
            stdout.println("  " + Counts.character(failure.getKey()) + ": " + failure.getValue());
        }
    }

    private static int printVerdicts(ExportResult result, PrintWriter stdout, PrintWriter stderr) {
        if (result.verdicts().isEmpty()) {
            stdout.println("Validators: skipped (--no-validate)");
            stdout.flush();
            return 0;
        }
        stdout.println("Validators:");
        for (ValidatorVerdict verdict : result.verdicts()) {
            stdout.println("  " + verdict);
        }
        stdout.flush();
        if (!result.allPassed()) {
            stderr.println("error: a validator rejected " + result.ttfFile().toAbsolutePath() + "; see the verdicts above");
            stderr.flush();
            return EXIT_VALIDATION_FAILED;
        }
        return 0;
    }
}
