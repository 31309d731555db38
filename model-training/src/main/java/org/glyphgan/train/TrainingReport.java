package org.glyphgan.train;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.glyphgan.raster.GrayBitmap;

/**
 * Writes the human-readable training report: {@code losses.svg} (losses, L1 and discriminator
 * accuracy against the step) and PNG sample grids. Files are replaced atomically.
 */
public final class TrainingReport {
    private static final int WIDTH = 720;
    private static final int PANEL_HEIGHT = 200;
    private static final int MARGIN = 50;
    /** Maximum glyphs per row of a sample grid. */
    public static final int GRID_COLUMNS = 16;

    private final Path directory;

    public TrainingReport(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public void writeLosses(LossHistory history) throws IOException {
        List<StepMetrics> steps = history.steps();
        StringBuilder svg = new StringBuilder();
        int height = 3 * PANEL_HEIGHT + 4 * MARGIN;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH, height));
        panel(svg, steps, 0, "losses (generator blue, discriminator red)",
                List.of(StepMetrics::generatorLoss, StepMetrics::discriminatorLoss), List.of("#1f5fbf", "#c0392b"), null);
        panel(svg, steps, 1, "L1 to real glyph (train, green; validation, black dots)",
                List.of(StepMetrics::l1), List.of("#2e8b57"), history.validations());
        panel(svg, steps, 2, "D accuracy: real (blue), fake (red); 0.5 at equilibrium",
                List.of(StepMetrics::realAccuracy, StepMetrics::fakeAccuracy), List.of("#1f5fbf", "#c0392b"), null);
        svg.append("</svg>\n");
        Path target = directory.resolve("losses.svg");
        writeAtomically(target, svg.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void panel(StringBuilder svg, List<StepMetrics> steps, int index, String title,
                              List<ToDoubleFunction<StepMetrics>> series, List<String> colours,
                              List<ValidationScore> validation) {
        int top = MARGIN + index * (PANEL_HEIGHT + MARGIN);
        int plotWidth = WIDTH - 2 * MARGIN;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", MARGIN, top - 8, title));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                MARGIN, top, plotWidth, PANEL_HEIGHT));
        if (steps.isEmpty()) {
            return;
        }
        double maxStep = Math.max(1, steps.get(steps.size() - 1).step());
        double maxValue = 1e-9;
        for (ToDoubleFunction<StepMetrics> f : series) {
            maxValue = Math.max(maxValue, steps.stream().mapToDouble(f).filter(Double::isFinite).max().orElse(1));
        }
        if (validation != null) {
            maxValue = Math.max(maxValue, validation.stream().mapToDouble(ValidationScore::meanL1).max().orElse(0));
        }
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            for (StepMetrics m : steps) {
                double value = series.get(s).applyAsDouble(m);
                if (Double.isFinite(value)) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", MARGIN + m.step() / maxStep * plotWidth,
                            top + PANEL_HEIGHT - value / maxValue * PANEL_HEIGHT));
                }
            }
            svg.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" points=\"%s\"/>%n", colours.get(s), points));
        }
        if (validation != null) {
            for (ValidationScore v : validation) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>%n",
                        MARGIN + v.step() / maxStep * plotWidth, top + PANEL_HEIGHT - v.meanL1() / maxValue * PANEL_HEIGHT));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.3g</text><text x=\"%d\" y=\"%d\">step %d</text>%n",
                4, top + 10, maxValue, WIDTH - MARGIN - 60, top + PANEL_HEIGHT + 14, (int) maxStep));
    }

    /** Writes rows of glyphs (each row at most {@link #GRID_COLUMNS} glyphs) as one PNG. */
    public void writeGrid(String fileName, List<List<GrayBitmap>> rows) throws IOException {
        int size = rows.stream().flatMap(List::stream).findFirst().map(GrayBitmap::widthPx).orElse(1);
        BufferedImage grid = new BufferedImage(GRID_COLUMNS * size, Math.max(1, rows.size()) * size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grid.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, grid.getWidth(), grid.getHeight());
        for (int r = 0; r < rows.size(); r++) {
            List<GrayBitmap> row = rows.get(r);
            for (int c = 0; c < Math.min(GRID_COLUMNS, row.size()); c++) {
                g.drawImage(row.get(c).toImage(), c * size, r * size, null);
            }
        }
        g.dispose();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".grid-", ".png.tmp");
        ImageIO.write(grid, "png", temporary.toFile());
        Files.move(temporary, directory.resolve(fileName), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, ".report-", ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
