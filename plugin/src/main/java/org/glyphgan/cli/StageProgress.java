package org.glyphgan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.glyphgan.facade.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the façade's progress on stderr: a bar per stage redrawn in place when a terminal is
 * attached ({@code System.console() != null}), otherwise a log line at each quarter of a stage.
 */
final class StageProgress implements ProgressListener {
    private static final Logger LOG = LoggerFactory.getLogger(StageProgress.class);
    private static final int BAR_WIDTH = 30;
    private static final int LOG_STEPS = 4;

    private final PrintWriter err;
    private final boolean terminal;
    private String stage;
    private int shownSteps;

    StageProgress(PrintWriter err) {
        this(err, System.console() != null);
    }

    StageProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(String stage, double fraction) {
        if (!stage.equals(this.stage)) {
            this.stage = stage;
            shownSteps = -1;
        }
        if (terminal) {
            drawBar(stage, fraction);
            return;
        }
        int steps = (int) Math.floor(fraction * LOG_STEPS + 1e-9);
        if (steps > shownSteps && steps > 0) {
            shownSteps = steps;
            LOG.info("{}: {} % done", stage, steps * 100 / LOG_STEPS);
        }
    }

    private void drawBar(String stage, double fraction) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * BAR_WIDTH);
        err.print(String.format(Locale.ROOT, "\r%-10s [%s%s] %3d %%", stage, "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), Math.round(fraction * 100)));
        if (fraction >= 1) {
            err.println();
        }
        err.flush();
    }
}
