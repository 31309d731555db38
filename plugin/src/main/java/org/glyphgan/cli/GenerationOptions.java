package org.glyphgan.cli;

import java.util.List;
import org.glyphgan.facade.GenerateRequest;
import org.glyphgan.facade.GlyphGanException;
import org.glyphgan.facade.Pitch;
import org.glyphgan.facade.StyleSource;
import org.glyphgan.raster.CharacterSet;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options for the characters to draw, the candidates per character and the pitch, shared by generate and preview. */
final class GenerationOptions {
    @Option(names = "--chars", paramLabel = "SET", defaultValue = "basic",
            description = "Characters to generate: basic (U+0021-U+007E), latin1, ranges such as U+0041-U+005A,"
                    + " or literal characters, comma-separated (default: ${DEFAULT-VALUE}). Characters the model"
                    + " cannot draw are listed as failures.")
    String chars;

    @Option(names = "--candidates", paramLabel = "N", defaultValue = "1",
            description = "Bitmaps drawn per character, the first without noise and the others with the noise of"
                    + " --seed plus 1, 2, ...; the one with the best realism"
                    + " times classifier confidence is kept (default: ${DEFAULT-VALUE}, at most "
                    + GenerateRequest.MAX_CANDIDATES + ").")
    int candidates;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "0",
            description = "Noise seed base of the candidates after the first, which has no noise: candidate k uses"
                    + " N + k (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pitch", paramLabel = "PITCH", defaultValue = "auto",
            description = "Spacing: proportional, monospaced (every glyph centred on one advance width, and a"
                    + " fixed-pitch font), or auto, which is monospaced for a style learned from a monospaced"
                    + " training font or a mix whose styles with a share are all such styles"
                    + " (default: ${DEFAULT-VALUE}).")
    String pitch;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * Builds the request; an invalid {@code --chars}, {@code --candidates} or {@code --pitch} value is a
     * usage error.
     *
     * @throws ParameterException naming the option, the value and the valid range
     */
    GenerateRequest request(StyleSource style) {
        List<Integer> codePoints;
        try {
            codePoints = CharacterSet.parse(chars).codePoints();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "Invalid value for option '--chars': " + e.getMessage(), e,
                    null, chars);
        }
        if (candidates < 1 || candidates > GenerateRequest.MAX_CANDIDATES) {
            throw new ParameterException(mixee.commandLine(), "Invalid value for option '--candidates': " + candidates
                    + " is outside 1 to " + GenerateRequest.MAX_CANDIDATES + "; use e.g. --candidates 4");
        }
        Pitch spacing;
        try {
            spacing = Pitch.parse(pitch);
        } catch (GlyphGanException e) {
            throw new ParameterException(mixee.commandLine(), "Invalid value for option '--pitch': '" + pitch
                    + "'; use auto, proportional or monospaced", e, null, pitch);
        }
        return new GenerateRequest(style, codePoints, candidates, seed, spacing);
    }
}
