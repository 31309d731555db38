package org.glyphgan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.glyphgan.facade.Cancellation;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.RetrainRequest;
import org.glyphgan.facade.SavedStyle;
import org.glyphgan.raster.CharacterSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code retrain} verb: fits a custom style to sample glyphs and saves it. */
@Command(name = "retrain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Learns a custom style from sample glyphs by fitting a style code with the generator frozen, and saves it"
                + " in the styles folder under --name (replacing a saved style of that name). Use it with"
                + " 'glyphgan generate --custom NAME'."},
        footer = {"", "Exit status: 0 success, 1 invalid input or failed write, 2 invalid options."})
final class RetrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--samples", required = true, paramLabel = "PATH", arity = "1..*",
            description = "Sample glyphs: images named after their character (A.png, U+0041.png, upper-A.png), SVGs,"
                    + " a TTF/OTF/WOFF font, or folders of them.")
    List<Path> samples;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "Name to save the style under: 1 to 64 letters, digits, '-' or '_'.")
    String name;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        try (GlyphGan glyphGan = model.open()) {
            SavedStyle saved = glyphGan.retrain(new RetrainRequest(name, samples, false),
                    new StageProgress(spec.commandLine().getErr()), Cancellation.none());
            spec.commandLine().getOut().println("Saved style '" + saved.name() + "' fitted to " + saved.sampleCount()
                    + (saved.sampleCount() == 1 ? " sample (" : " samples (") + CharacterSet.specOf(saved.sampleCodePoints()) + ") to " + saved.file());
            spec.commandLine().getOut().println("Generate with: glyphgan generate --custom " + saved.name()
                    + " --out FONT.ttf");
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
