package org.glyphgan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoadException;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.roundtrip.FontRoundTrip;
import org.glyphgan.roundtrip.FontSources;
import org.glyphgan.roundtrip.RoundTripOptions;
import org.glyphgan.roundtrip.RoundTripResult;
import org.glyphgan.roundtrip.SvgFolderWriter;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code trace} verb: round-trips a real font through bitmaps, traced outlines, SVG and TTF. */
@Command(name = "trace",
        mixinStandardHelpOptions = true,
        description = {
            "Round-trips a font through bitmaps, traced outlines, SVG and TTF.",
            "Renders each glyph at --size px in the shared em box, traces it back to outlines in the source"
                + " font's units, writes a TrueType font (and SVGs), and prints each glyph's ink IoU and node"
                + " count and the validators' verdicts."},
        footer = {"", "Exit status: 0 success, 1 invalid input or failed write, 2 invalid options,"
                + " " + TraceCommand.EXIT_VALIDATION_FAILED + " a validator rejected the written font."})
final class TraceCommand implements Callable<Integer> {
    static final int EXIT_VALIDATION_FAILED = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--font", required = true, paramLabel = "FILE",
            description = "Source font: a TTF, OTF or WOFF 1.0 file, or a file id from the corpus manifest"
                    + " (e.g. fira-sans/fira-sans-latin-400-normal.woff).")
    String font;

    @Option(names = "--out", required = true, paramLabel = "OUT.ttf",
            description = "TrueType font to write; an existing file is replaced only once the new one is complete.")
    Path out;

    @Option(names = "--svg", paramLabel = "DIR",
            description = "Folder for one SVG per glyph (uniXXXX.svg) and specimen.svg, in font units.")
    Path svgDir;

    @Option(names = "--size", paramLabel = "PX", defaultValue = "64",
            description = "Side of the square em box the glyphs are rendered in, in pixels (default: ${DEFAULT-VALUE}).")
    int sizePx;

    @Option(names = "--chars", paramLabel = "SET", defaultValue = "basic",
            description = "Characters to trace: basic (U+0021-U+007E), latin1, ranges such as U+0041-U+005A,"
                    + " or literal characters, comma-separated (default: ${DEFAULT-VALUE}).")
    String chars;

    @Option(names = "--family", paramLabel = "NAME",
            description = "Family name of the written font, at most 31 characters (default: the source family plus"
                    + " \" Traced\").")
    String family;

    @Option(names = "--fonts-dir", paramLabel = "DIR",
            description = "Corpus folder whose manifest.json resolves file ids"
                    + " (default: the glyphgan.fonts.dir property, else fonts in the working directory).")
    Path fontsDir;

    @Override
    public Integer call() throws IOException, FontLoadException {
        StyleOptions.checkFamilyLength(spec.commandLine(), family);
        RoundTripOptions options = new RoundTripOptions(sizePx, CharacterSet.parse(chars),
                RoundTripOptions.defaults().traceParameters(), family);

        OutputPaths.checkFontTarget(out);
        if (svgDir != null) {
            SvgFolderWriter.checkWritable(svgDir);
        }
        CorpusFont source = FontSources.load(font, fontsDir != null ? fontsDir : FontSources.defaultFontsDir(),
                new FontLoader());

        RoundTripResult result = new FontRoundTrip(options).trace(source, new ConsoleProgress(spec.commandLine().getErr()));
        FontRoundTrip.writeFont(result, out);
        if (svgDir != null) {
            SvgFolderWriter.write(result, svgDir);
        }

        PrintWriter stdout = spec.commandLine().getOut();
        FidelityTable.print(result, stdout);
        stdout.println("Wrote " + out.toAbsolutePath() + " (" + result.fontBuild().familyName() + " "
                + result.fontBuild().styleName() + ")" + (svgDir == null ? "" : " and SVGs in " + svgDir.toAbsolutePath()));

        List<ValidatorVerdict> verdicts = FontRoundTrip.validate(result, out);
        boolean allPassed = true;
        stdout.println("Validators:");
        for (ValidatorVerdict verdict : verdicts) {
            stdout.println("  " + verdict);
            allPassed &= verdict.passed();
        }
        stdout.flush();
        if (!allPassed) {
            spec.commandLine().getErr().println("error: a validator rejected " + out.toAbsolutePath()
                    + "; see the verdicts above");
            spec.commandLine().getErr().flush();
            return EXIT_VALIDATION_FAILED;
        }
        return 0;
    }
}
