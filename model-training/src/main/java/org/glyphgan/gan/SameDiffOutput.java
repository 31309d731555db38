package org.glyphgan.gan;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Removes SameDiff's gradient-build messages from the console. ND4J 1.0.0-M2.1 prints one
 * "Added differentiated op ..." line per operation with {@code System.out} the first time a graph
 * builds its gradient function, and these would mix with the command-line results on stdout.
 * Those lines are dropped, and anything else printed meanwhile goes to stderr.
 */
public final class SameDiffOutput {
    /** The start of the line SameDiff prints for each operation it differentiates. */
    static final String GRADIENT_BUILD_LINE = "Added differentiated op ";

    private static final Object LOCK = new Object();

    private SameDiffOutput() {
    }

    /**
     * Runs {@code call} with {@code System.out} pointing at a filter in front of {@code System.err}.
     * The swap is global, so calls are serialized; only gradient computations go through here,
     * never result printing.
     */
    public static <T> T toStderr(Supplier<T> call) {
        synchronized (LOCK) {
            PrintStream stdout = System.out;
            System.setOut(new GradientBuildFilter(System.err));
            try {
                return call.get();
            } finally {
                System.setOut(stdout);
            }
        }
    }

    /** Passes everything to {@code target} except the lines SameDiff prints while building gradients. */
    private static final class GradientBuildFilter extends PrintStream {
        GradientBuildFilter(PrintStream target) {
            super(target, true);
        }

        @Override
        public void println(String line) {
            if (line == null || !line.startsWith(GRADIENT_BUILD_LINE)) {
                super.println(line);
            }
        }
    }
}
