package org.glyphgan.dataset;

import org.glyphgan.raster.CharacterSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Builds one dataset file from the font corpus. */
@Command(name = "dataset", mixinStandardHelpOptions = true, version = "glyphgan dataset format 1",
        description = "Render the glyphs of one corpus split into a dataset file for training.")
public final class DatasetCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DatasetCommand.class);
    private static final List<String> SPLITS = List.of("train", "validation", "test", DatasetBuilder.BASE_SPLIT);

    @Option(names = "--fonts", paramLabel = "DIR", description = "Font corpus folder with manifest.json (default: ${DEFAULT-VALUE}).")
    Path fontsDir = Path.of("fonts");

    @Option(names = "--split", required = true, paramLabel = "SPLIT",
            description = "train, validation, test, or base (the base font alone).")
    String split;

    @Option(names = "--size", paramLabel = "PX", description = "Bitmap width and height in pixels (default: ${DEFAULT-VALUE}).")
    int sizePx = 64;

    @Option(names = "--chars", paramLabel = "SPEC",
            description = "Characters: basic, latin1, ranges like U+0041-U+005A, or literal characters,"
                    + " comma-separated (default: ${DEFAULT-VALUE}).")
    String chars = "basic";

    @Option(names = "--out", paramLabel = "FILE",
            description = "Output file (default: target/datasets/<split>-<size>px.ggds).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!SPLITS.contains(split)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Unknown split '" + split + "'; expected one of " + SPLITS);
        }
        if (sizePx < 8 || sizePx > DatasetFile.MAX_SIZE_PX) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "Size " + sizePx + " px is outside 8 to " + DatasetFile.MAX_SIZE_PX);
        }
        Path target = out != null ? out : Path.of("target", "datasets", split + "-" + sizePx + "px.ggds");
        long start = System.nanoTime();
        DatasetBuilder builder = DatasetBuilder.forCorpus(fontsDir, sizePx, CharacterSet.parse(chars));
        GlyphDataset dataset = builder.build(split);
        DatasetFile.write(target, dataset, builder.box(), builder.characterSet().spec());
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Wrote {} glyphs of {} fonts to {} in {} s", dataset.samples().size(), dataset.fontIds().size(),
                target, String.format("%.1f", seconds));
        System.out.printf("%s: %d glyphs, %d fonts, %d bytes, corpus hash %s, %.1f s%n", target,
                dataset.samples().size(), dataset.fontIds().size(), Files.size(target), dataset.corpusHash(), seconds);
        return 0;
    }

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new DatasetCommand());
        commandLine.setExecutionExceptionHandler((error, cmd, parseResult) -> {
            cmd.getErr().println("dataset: " + error.getMessage());
            LOG.debug("dataset failed", error);
            return 1;
        });
        System.exit(commandLine.execute(args));
    }
}
