package org.glyphgan.gan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Writes and reads named ND4J arrays as zip entries in ND4J's binary array format. */
public final class ArrayZip {
    private ArrayZip() {
    }

    /** Writes each array as entry {@code folder/NAME}, or {@code NAME} at the top level when {@code folder} is empty. */
    public static void writeArrays(ZipOutputStream zip, String folder, Map<String, INDArray> arrays) throws IOException {
        for (Map.Entry<String, INDArray> entry : arrays.entrySet()) {
            zip.putNextEntry(new ZipEntry(folder.isEmpty() ? entry.getKey() : folder + "/" + entry.getKey()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                Nd4j.write(entry.getValue(), out);
            }
            zip.write(bytes.toByteArray());
            zip.closeEntry();
        }
    }

    public static INDArray readArray(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return Nd4j.read(in);
        }
    }

    public static void writeText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
