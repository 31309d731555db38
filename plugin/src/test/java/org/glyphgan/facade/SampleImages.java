package org.glyphgan.facade;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes letter images named after their character, as a user's samples would be. */
public final class SampleImages {
    private SampleImages() {
    }

    /** Writes one PNG per character of {@code characters} into {@code folder}, drawn in a bold serif. */
    public static Path write(Path folder, String characters) {
        Font font = new Font(Font.SERIF, Font.BOLD, 1);
        try {
            Files.createDirectories(folder);
            for (int codePoint : characters.codePoints().toArray()) {
                String name = "U+" + String.format("%04X", codePoint) + ".png";
                ImageIO.write(TinyModels.render(font, codePoint).toImage(), "png", folder.resolve(name).toFile());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
