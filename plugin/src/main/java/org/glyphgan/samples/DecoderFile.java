package org.glyphgan.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glyphgan.gan.ArrayZip;
import org.glyphgan.gan.GeneratorLayers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The tuned decoder arrays of a saved style: a zip with one entry {@code decoder/NAME} per array of
 * {@link GeneratorLayers#decoderArrayNames()}, in ND4J's binary array format. The file is named
 * {@code STYLE.decoder-HASH.zip} after the first 16 hex digits of its SHA-256, so a new fine-tune
 * never overwrites the file that the current style file refers to.
 */
final class DecoderFile {
    private static final String FOLDER = "decoder";
    /** Largest decoder file read; the shipped model's decoder file is 0.68 MB. */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private DecoderFile() {
    }

    /** A written decoder file: its name in the styles folder and its SHA-256 in lowercase hex. */
    record Written(String fileName, String sha256) {
    }

    /** Returns the zip bytes of {@code arrays}. */
    static byte[] encode(Map<String, INDArray> arrays) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ArrayZip.writeArrays(zip, FOLDER, arrays);
        }
        return bytes.toByteArray();
    }

    /** Returns the file name of style {@code styleName}'s decoder whose SHA-256 is {@code sha256}. */
    static String fileName(String styleName, String sha256) {
        return styleName + ".decoder-" + sha256.substring(0, 16) + ".zip";
    }

    /**
     * Returns whether {@code fileName} is a decoder file name of {@code styleName}, whichever its
     * hash. The strict form also keeps a style file from naming a file outside the styles folder.
     */
    static boolean belongsTo(String fileName, String styleName) {
        String prefix = styleName + ".decoder-";
        return fileName.startsWith(prefix) && fileName.substring(prefix.length()).matches("[0-9a-f]{16}\\.zip");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }

    /**
     * Reads and checks the decoder file of a saved style: its size, its SHA-256 against the one the
     * style file records, and its entries against the decoder's array names.
     *
     * @throws StyleStoreException naming the file, the problem and the fix
     */
    static Map<String, INDArray> read(Path file, String expectedSha256, String styleName) {
        byte[] bytes;
        try {
            if (Files.isSymbolicLink(file)) {
                throw damaged(file, styleName, "it is a symbolic link, and only plain files in the styles folder are read",
                        null);
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw damaged(file, styleName, "the file is missing", null);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw damaged(file, styleName, "it is larger than " + MAX_FILE_BYTES + " bytes", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StyleStoreException("Could not read the tuned decoder " + file + " of saved style '" + styleName
                    + "': " + e.getMessage(), e);
        }
        String actual = sha256(bytes);
        if (!actual.equals(expectedSha256)) {
            throw damaged(file, styleName, "its SHA-256 is " + actual + " but the style file expects " + expectedSha256,
                    null);
        }
        try {
            return decode(bytes, file, styleName);
        } catch (StyleStoreException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(file, styleName, "its arrays cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static Map<String, INDArray> decode(byte[] bytes, Path file, String styleName) throws IOException {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().substring(entry.getName().indexOf('/') + 1);
                if (!entry.getName().startsWith(FOLDER + "/") || !GeneratorLayers.decoderArrayNames().contains(name)) {
                    throw damaged(file, styleName, "it has an unexpected entry " + entry.getName(), null);
                }
                arrays.put(name, ArrayZip.readArray(zip.readAllBytes()));
            }
        }
        for (String name : GeneratorLayers.decoderArrayNames()) {
            if (!arrays.containsKey(name)) {
                throw damaged(file, styleName, "the array " + name + " is missing", null);
            }
        }
        return arrays;
    }

    private static StyleStoreException damaged(Path file, String styleName, String reason, Throwable cause) {
        return new StyleStoreException("The tuned decoder " + file + " of saved style '" + styleName + "' is damaged: "
                + reason + "; retrain the style with fine-tuning, or delete " + styleName + ".json and its decoder file",
                cause);
    }
}
