package org.glyphgan.cli;

import java.nio.file.Path;
import org.glyphgan.facade.GlyphGan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options for the model file and the saved-styles folder, shared by the verbs that load the model. */
final class ModelOptions {
    private static final Logger LOG = LoggerFactory.getLogger(ModelOptions.class);

    @Option(names = "--model", paramLabel = "FILE",
            description = "Model zip written by the train command (default: the model shipped in the plugin jar).")
    Path modelFile;

    @Option(names = "--styles-dir", paramLabel = "DIR",
            description = "Folder of saved custom styles (default: $GLYPHGAN_STYLES_DIR, else ~/.glyphgan/styles).")
    Path stylesDir;

    GlyphGan open() {
        long started = System.nanoTime();
        Path styles = stylesDir != null ? stylesDir : GlyphGan.defaultStylesDir();
        GlyphGan glyphGan = modelFile != null ? GlyphGan.open(modelFile, styles) : GlyphGan.openShipped(styles);
        LOG.info("Loaded the model in {} ms", (System.nanoTime() - started) / 1_000_000);
        return glyphGan;
    }
}
