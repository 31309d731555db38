package org.glyphgan.cli;

import java.io.PrintWriter;
import org.glyphgan.roundtrip.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows progress on stderr: a bar redrawn in place when a terminal is attached
 * ({@code System.console() != null}), otherwise a log line at each quarter of the work.
 */
final class ConsoleProgress implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleProgress.class);
    private static final int BAR_WIDTH = 30;
    private static final int LOG_STEPS = 4;

    private final PrintWriter err;
    private final boolean terminal;
    private int loggedSteps;

    ConsoleProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(int done, int total, String label) {
        if (terminal) {
            drawBar(done, total, label);
            return;
        }
        int steps = done * LOG_STEPS / total;
        if (steps > loggedSteps) {
            loggedSteps = steps;
            LOG.info("Traced {} of {} characters", done, total);
        }
    }

    private void drawBar(int done, int total, String label) {
        int filled = done * BAR_WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total + " " + label
                + "   ");
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
