package org.glyphgan.gan;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * Keeps SameDiff's console chatter off standard output. ND4J 1.0.0-M2.1 prints one
 * "Added differentiated op ..." line per operation with {@code System.out} the first time a graph
 * builds its gradient function, which would mix with the command-line results that stdout carries.
 */
public final class SameDiffOutput {
    private static final Object LOCK = new Object();

    private SameDiffOutput() {
    }

    /**
     * Runs {@code call} with {@code System.out} pointing at {@code System.err}. The swap is global,
     * so calls are serialized; only gradient computations go through here, never result printing.
     */
    public static <T> T toStderr(Supplier<T> call) {
        synchronized (LOCK) {
            PrintStream stdout = System.out;
            System.setOut(System.err);
            try {
                return call.get();
            } finally {
                System.setOut(stdout);
            }
        }
    }
}
