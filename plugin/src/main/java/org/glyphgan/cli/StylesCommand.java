package org.glyphgan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.glyphgan.facade.GlyphGan;
import org.glyphgan.facade.StyleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code styles} verb: lists the named and the saved custom styles. */
@Command(name = "styles",
        mixinStandardHelpOptions = true,
        description = {"Lists the named styles of the model and the custom styles saved by 'glyphgan retrain'."},
        footer = {"", "Exit status: 0 success, 1 the model or the styles folder cannot be read, 2 invalid options."})
final class StylesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        try (GlyphGan glyphGan = model.open()) {
            List<StyleInfo> styles = glyphGan.styles();
            int width = styles.stream().mapToInt(style -> style.name().length()).max().orElse(4);
            for (StyleInfo style : styles) {
                stdout.println(String.format("%-" + width + "s  %-6s  %s", style.name(), style.kind(), style.description()));
            }
            stdout.println(styles.size() + " styles; custom styles are read from " + glyphGan.stylesDir());
            stdout.flush();
            return 0;
        }
    }
}
