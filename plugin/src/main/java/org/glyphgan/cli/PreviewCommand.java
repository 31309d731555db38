package org.glyphgan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.glyphgan.facade.Cancellation;
import org.glyphgan.facade.GenerateRequest;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.GlyphGanException;
import org.glyphgan.facade.GlyphSet;
import org.glyphgan.svg.SvgDocuments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code preview} verb: draws a glyph set in a style and writes only its specimen sheet. */
@Command(name = "preview",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Generates glyphs in one style and writes a specimen sheet (SVG in font units, 16 glyphs per row) without"
                + " writing a font. Give exactly one of --style, --random-style, --mix, --custom or --samples."},
        footer = {"", "Exit status: 0 success, 1 invalid input or failed write, 2 invalid options."})
final class PreviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Style (exactly one):%n")
    StyleOptions style;

    @Mixin
    GenerationOptions generation;

    @Option(names = "--out", required = true, paramLabel = "SPECIMEN.svg",
            description = "Specimen sheet to write; an existing file is replaced only once the new one is complete.")
    Path out;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() throws IOException {
        GenerateRequest request = generation.request(style.toSource(spec.commandLine()));
        GlyphGan.checkOutputFile(out);
        try (GlyphGan glyphGan = model.open()) {
            GlyphSet set = glyphGan.generate(request,
                    new StageProgress(spec.commandLine().getErr()), Cancellation.none());
            GenerateCommand.printFailures(set, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
            if (set.glyphs().isEmpty()) {
                throw new GlyphGanException("The glyph set '" + set.styleLabel() + "' has no glyphs to preview"
                        + (set.failures().isEmpty() ? "; request characters other than the space, which is never drawn"
                        : " (" + Counts.of(set.failures().size(), "character") + " failed); try more candidates"
                                + " (--candidates) or another style"));
            }
            String specimen = glyphGan.specimenSvg(set);
            Path absolute = out.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            SvgDocuments.write(specimen, absolute);
            spec.commandLine().getOut().println("Wrote the specimen of " + Counts.of(set.glyphs().size(), "glyph")
                    + " in style " + set.styleLabel() + GenerateCommand.pitchNote(set) + " to " + absolute);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
