package org.glyphgan.server;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Sample letters drawn as PNG files, and a multipart/form-data body that uploads them. */
final class SampleUploads {
    static final String BOUNDARY = "glyphgan-test-boundary-7d1";
    private static final int SAMPLE_SIZE_PX = 96;

    private SampleUploads() {
    }

    /** Draws {@code characters} in a bold serif, one PNG per character named like {@code U+0061.png}. */
    static List<Path> drawPngs(Path folder, String characters) {
        Font font = new Font(Font.SERIF, Font.BOLD, 1);
        List<Path> files = new ArrayList<>();
        characters.codePoints().forEach(cp -> {
            Path file = folder.resolve(String.format("U+%04X.png", cp));
            try {
                ImageIO.write(TinyServerModel.image(font, cp, SAMPLE_SIZE_PX), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(file);
        });
        return files;
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** Builds a form with text field {@code name} and every file in the {@code samples} field. */
    static byte[] form(String styleName, List<Path> files) throws IOException {
        return form(styleName, files, false);
    }

    /** Like {@link #form(String, List)}, plus the form field {@code fineTune=true} when {@code fineTune} is set. */
    static byte[] form(String styleName, List<Path> files, boolean fineTune) throws IOException {
        return form(styleName, files, fineTune ? "true" : null);
    }

    /** Like {@link #form(String, List)}, plus the form field {@code fineTune} with {@code fineTune} unless it is null. */
    static byte[] form(String styleName, List<Path> files, String fineTune) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + styleName + "\r\n");
        if (fineTune != null) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"fineTune\"\r\n\r\n" + fineTune
                    + "\r\n");
        }
        for (Path file : files) {
            write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"samples\"; filename=\""
                    + file.getFileName() + "\"\r\nContent-Type: image/png\r\n\r\n");
            body.write(Files.readAllBytes(file));
            write(body, "\r\n");
        }
        write(body, "--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
