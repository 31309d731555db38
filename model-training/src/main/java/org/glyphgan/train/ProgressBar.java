package org.glyphgan.train;

import java.io.PrintStream;

/** A one-line progress bar with ETA on stderr, drawn only when a terminal is attached. */
public final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long lastDraw;

    private ProgressBar(PrintStream out) {
        this.out = out;
    }

    /** A bar on stderr when {@code System.console()} is present, otherwise one that draws nothing. */
    public static ProgressBar forConsole() {
        return new ProgressBar(System.console() != null ? System.err : null);
    }

    public static ProgressBar silent() {
        return new ProgressBar(null);
    }

    /** Returns a bar that draws on {@code out}, terminal or not. */
    static ProgressBar drawingOn(PrintStream out) {
        return new ProgressBar(out);
    }

    /**
     * @param doneThisRun  steps completed since this process started
     * @param totalThisRun steps this process will run
     */
    public void update(int doneThisRun, int totalThisRun, int step, int totalSteps) {
        long now = System.nanoTime();
        if (out == null || now - lastDraw < 500_000_000L && doneThisRun < totalThisRun) {
            return;
        }
        lastDraw = now;
        double fraction = totalThisRun == 0 ? 1 : (double) doneThisRun / totalThisRun;
        int filled = (int) Math.round(fraction * WIDTH);
        long etaSeconds = doneThisRun == 0 ? 0 : Math.round((now - started) / 1e9 / doneThisRun * (totalThisRun - doneThisRun));
        out.printf("\r[%s%s] step %d/%d  ETA %d:%02d:%02d ", "#".repeat(filled), " ".repeat(WIDTH - filled), step,
                totalSteps, etaSeconds / 3600, etaSeconds / 60 % 60, etaSeconds % 60);
        out.flush();
    }

    public void finish() {
        if (out != null) {
            out.println();
        }
    }
}
