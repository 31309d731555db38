package org.glyphgan.gan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Class-path locations of the generator and the character classifier that the plugin jar ships.
 * They are on the class path wherever the plugin jar is, as in the {@code glyphgan} launcher.
 */
public final class ShippedResources {
    /** The shipped GAN model file. */
    public static final String MODEL = "/org/glyphgan/model/glyphgan-model.zip";
    /** The shipped character classifier. */
    public static final String CLASSIFIER = "/org/glyphgan/model/classifier.zip";

    private ShippedResources() {
    }

    /**
     * Copies a class-path resource to a new temporary file, for readers that take only a file. The
     * caller deletes the file.
     *
     * @return the file, or empty when the class path lacks the resource
     */
    public static Optional<Path> copyToTemporaryFile(String resource) throws IOException {
        try (InputStream in = ShippedResources.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String name = Path.of(resource).getFileName().toString();
            Path temporary = Files.createTempFile("glyphgan-", "-" + name);
            // A process stopped before the caller deletes the copy still removes it on a normal exit.
            temporary.toFile().deleteOnExit();
            try {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return Optional.of(temporary);
        }
    }
}
