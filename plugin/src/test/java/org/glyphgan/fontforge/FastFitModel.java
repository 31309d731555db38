package org.glyphgan.fontforge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies the shipped model with fewer style-fit steps, so that {@code generate --samples} fits a
 * style in seconds instead of minutes. The generator weights are unchanged.
 */
final class FastFitModel {
    private static final String SHIPPED_MODEL = "/org/glyphgan/model/glyphgan-model.zip";
    private static final String MANIFEST = "model.json";
    static final int FIT_STEPS = 10;

    private FastFitModel() {
    }

    /** Writes the shipped model to {@code target} with {@code fitSteps} set to {@link #FIT_STEPS}. */
    static Path write(Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        boolean manifestSeen = false;
        try (InputStream shipped = FastFitModel.class.getResourceAsStream(SHIPPED_MODEL)) {
            if (shipped == null) {
                throw new IOException("Resource " + SHIPPED_MODEL + " is not on the classpath; build the plugin module");
            }
            try (ZipInputStream in = new ZipInputStream(shipped);
                 ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(MANIFEST)) {
                        ObjectNode manifest = (ObjectNode) json.readTree(in.readAllBytes());
                        manifest.put("fitSteps", FIT_STEPS);
                        out.write(json.writeValueAsBytes(manifest));
                        manifestSeen = true;
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        if (!manifestSeen) {
            throw new IOException(SHIPPED_MODEL + " has no " + MANIFEST + "; the model file format changed");
        }
        return target;
    }
}
