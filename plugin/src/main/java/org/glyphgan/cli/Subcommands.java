package org.glyphgan.cli;

import org.glyphgan.dataset.DatasetCommand;
import org.glyphgan.eval.EvaluateCommand;
import org.glyphgan.eval.TrainClassifierCommand;
import org.glyphgan.train.AverageCheckpointsCommand;
import org.glyphgan.train.TrainCommand;
import picocli.CommandLine;

/** The verbs of the command line, in the order {@code --help} lists them. */
final class Subcommands {
    private Subcommands() {
    }

    static void addTo(CommandLine commandLine) {
        commandLine.addSubcommand(new TraceCommand());
        commandLine.addSubcommand(new StylesCommand());
        commandLine.addSubcommand(new GenerateCommand());
        commandLine.addSubcommand(new RetrainCommand());
        commandLine.addSubcommand(new PreviewCommand());
        commandLine.addSubcommand(new ServeCommand());
        commandLine.addSubcommand(new DatasetCommand());
        commandLine.addSubcommand(new TrainCommand());
        commandLine.addSubcommand(new AverageCheckpointsCommand());
        commandLine.addSubcommand(new TrainClassifierCommand());
        commandLine.addSubcommand(new EvaluateCommand());
    }
}
