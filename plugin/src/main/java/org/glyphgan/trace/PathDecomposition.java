package org.glyphgan.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage (b): decomposes a binary bitmap into closed boundary paths on the pixel-corner grid.
 * It finds the first ink pixel in scan order, walks the boundary from its top-left corner with
 * ink on the left, then inverts every pixel the path encloses and repeats. Inverting turns the
 * holes of a traced region into ink, so they are found next, and islands inside holes after
 * them. Each path is an outer contour or a hole, depending on the colour of its first pixel in
 * the original bitmap.
 */
final class PathDecomposition {
    /** Half-widths, in pixels, of the neighbourhoods the minority and majority policies count. */
    private static final int[] POLICY_RADII_PX = {2, 3, 4};

    private PathDecomposition() {
    }

    static List<BoundaryPath> decompose(BinaryBitmap original, TurnPolicy policy, double turdSizePx2) {
        BinaryBitmap work = original.copy();
        List<BoundaryPath> paths = new ArrayList<>();
        int next = 0;
        while (true) {
            next = findInk(work, next);
            if (next < 0) {
                return paths;
            }
            int x0 = next % work.widthPx;
            int y0 = next / work.widthPx;
            boolean outer = original.get(x0, y0);
            BoundaryPath path = walk(work, original, x0, y0, outer, policy);
            invertInterior(work, path);
            if (path.areaPx2() > turdSizePx2) {
                paths.add(path);
            }
        }
    }

    private static int findInk(BinaryBitmap work, int from) {
        for (int i = from; i < work.ink.length; i++) {
            if (work.ink[i]) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Walks the boundary that starts at the top-left corner of pixel (x0, y0), first downwards.
     * At each corner the two pixels ahead decide the turn: with ink ahead-right the path turns
     * right, with paper on both sides ahead it turns left, with ink ahead-left only it goes
     * straight. Paper ahead-left and ink ahead-right is a diagonal touch, resolved by the policy.
     */
    private static BoundaryPath walk(BinaryBitmap work, BinaryBitmap original, int x0, int y0,
                                     boolean outer, TurnPolicy policy) {
        IntList xs = new IntList();
        IntList ys = new IntList();
        int x = x0;
        int y = y0;
        int dx = 0;
        int dy = 1;
        long signedAreaPx2 = 0;
        while (true) {
            xs.add(x);
            ys.add(y);
            x += dx;
            y += dy;
            signedAreaPx2 += (long) x * dy;
            if (x == x0 && y == y0) {
                break;
            }
            boolean aheadLeft = work.get(x + (dx + dy - 1) / 2, y + (dy - dx - 1) / 2);
            boolean aheadRight = work.get(x + (dx - dy - 1) / 2, y + (dy + dx - 1) / 2);
            boolean turnRight;
            boolean turnLeft;
            if (aheadRight && !aheadLeft) {
                turnRight = turnsRightAtDiagonal(original, x, y, outer, policy);
                turnLeft = !turnRight;
            } else {
                turnRight = aheadRight;
                turnLeft = !aheadLeft && !aheadRight;
            }
            if (turnRight) {
                int t = dx;
                dx = -dy;
                dy = t;
            } else if (turnLeft) {
                int t = dx;
                dx = dy;
                dy = -t;
            }
        }
        return new BoundaryPath(xs.toArray(), ys.toArray(), outer, Math.abs(signedAreaPx2));
    }

    /**
     * Decides the turn at a corner where ink touches ink only diagonally. Turning right keeps
     * the two working-ink pixels connected; for a hole the working ink is the original paper,
     * hence the comparison with {@code outer}.
     */
    private static boolean turnsRightAtDiagonal(BinaryBitmap original, int x, int y, boolean outer,
                                                TurnPolicy policy) {
        boolean connectInk;
        if (policy == TurnPolicy.RIGHT) {
            return true;
        } else if (policy == TurnPolicy.LEFT) {
            return false;
        } else if (policy == TurnPolicy.BLACK) {
            connectInk = true;
        } else if (policy == TurnPolicy.WHITE) {
            connectInk = false;
        } else if (policy == TurnPolicy.MINORITY) {
            connectInk = inkIsMinority(original, x, y);
        } else {
            connectInk = !inkIsMinority(original, x, y);
        }
        return connectInk == outer;
    }

    /**
     * Compares ink and paper counts in growing squares centred on corner (x, y) and returns
     * whether ink is the rarer colour. A tie at every radius counts ink as the minority.
     */
    private static boolean inkIsMinority(BinaryBitmap original, int x, int y) {
        for (int radius : POLICY_RADII_PX) {
            int balance = 0;
            for (int py = y - radius; py < y + radius; py++) {
                for (int px = x - radius; px < x + radius; px++) {
                    balance += original.get(px, py) ? 1 : -1;
                }
            }
            if (balance != 0) {
                return balance < 0;
            }
        }
        return true;
    }

    /** Inverts every pixel inside {@code path}: each vertical step flips its row to the right of it. */
    private static void invertInterior(BinaryBitmap work, BoundaryPath path) {
        int n = path.length();
        int maxX = 0;
        for (int k = 0; k < n; k++) {
            maxX = Math.max(maxX, path.x()[k]);
        }
        for (int k = 0; k < n; k++) {
            int k1 = (k + 1) % n;
            int y0 = path.y()[k];
            int y1 = path.y()[k1];
            if (y0 == y1) {
                continue;
            }
            int row = Math.min(y0, y1);
            int rowStart = row * work.widthPx;
            for (int px = path.x()[k]; px < maxX; px++) {
                work.ink[rowStart + px] = !work.ink[rowStart + px];
            }
        }
    }

    /** A growable int array, to avoid boxing on long paths. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
