package org.glyphgan.gan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The shipped model file: a zip with {@code model.json} (format, architecture, named style codes,
 * fit settings), the generator and discriminator arrays under {@code arrays/}, and the base font's
 * content glyphs as one [code points, S × S] array {@code base-glyphs}.
 */
public final class ModelFile {
    public static final String FORMAT = "glyphgan-model";
    public static final int FORMAT_VERSION = 1;
    /** Zip entry of the base font's content glyphs. */
    static final String BASE_GLYPHS = "base-glyphs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFile() {
    }

    /** Writes {@code model} to {@code file} through a temporary file and an atomic rename. */
    public static void write(GanStyleModel model, Path file, String provenance) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".model-", ".zip.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                write(model, out, provenance);
            }
            readableByAll(temporary);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Widens the owner-only mode of a temporary file to rw-r--r--, since the model is meant to be copied and shipped. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** @param provenance free text stored in the file, e.g. the training config and step */
    public static void write(GanStyleModel model, OutputStream out, String provenance) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.set("architecture", JSON.valueToTree(model.architecture()));
        manifest.put("fitSteps", model.fitSteps());
        manifest.put("fitLearningRate", model.fitLearningRate());
        manifest.put("provenance", provenance);
        manifest.set("codePoints", JSON.valueToTree(model.codePoints()));
        ArrayNode styles = manifest.putArray("styles");
        model.namedStyles().forEach((name, code) -> {
            ObjectNode style = styles.addObject();
            style.put("name", name);
            style.set("vector", JSON.valueToTree(code.vector()));
        });
        ArrayZip.writeText(zip, "model.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
        Map<String, INDArray> arrays = new LinkedHashMap<>(model.parameters().arrays());
        arrays.remove(GeneratorLayers.STYLE_EMBEDDING);
        ArrayZip.writeArrays(zip, "arrays", arrays);
        ArrayZip.writeArrays(zip, "", Map.of(BASE_GLYPHS, baseGlyphArray(model)));
        zip.finish();
    }

    private static INDArray baseGlyphArray(GanStyleModel model) {
        int pixels = model.sizePx() * model.sizePx();
        INDArray glyphs = Nd4j.create(DataType.FLOAT, model.codePoints().size(), pixels);
        int row = 0;
        for (int codePoint : model.codePoints()) {
            glyphs.putRow(row++, Nd4j.create(model.baseGlyphs().get(codePoint).ink(), new long[] {1, pixels}, 'c'));
        }
        return glyphs;
    }

    public static GanStyleModel read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null,
                    "model file not found; pass a model zip written by the train command");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException("Cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    public static GanStyleModel read(InputStream in) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        ZipInputStream zip = new ZipInputStream(in);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            zip.transferTo(bytes);
            entries.put(entry.getName(), bytes.toByteArray());
        }
        byte[] manifestBytes = entries.get("model.json");
        if (manifestBytes == null) {
            throw new IOException("Not a glyphgan model file: model.json is missing");
        }
        JsonNode manifest = JSON.readTree(new String(manifestBytes, StandardCharsets.UTF_8));
        if (!FORMAT.equals(manifest.path("format").asText()) || manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
            throw new IOException("Not a glyphgan model file of version " + FORMAT_VERSION + ": format is '"
                    + manifest.path("format").asText() + "' version " + manifest.path("formatVersion").asInt());
        }
        GanArchitecture arch = JSON.treeToValue(manifest.get("architecture"), GanArchitecture.class);
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        for (JsonNode style : manifest.get("styles")) {
            styles.put(style.get("name").asText(), new StyleCode(JSON.treeToValue(style.get("vector"), float[].class)));
        }
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
            if (entry.getKey().startsWith("arrays/")) {
                arrays.put(entry.getKey().substring("arrays/".length()), ArrayZip.readArray(entry.getValue()));
            }
        }
        arrays.put(GeneratorLayers.STYLE_EMBEDDING, Nd4j.zeros(DataType.FLOAT, 1, arch.styleDim()));
        checkComplete(arch, arrays);
        // Model files written by earlier versions, the shipped one included, name the entry with a leading slash.
        byte[] baseBytes = entries.containsKey(BASE_GLYPHS) ? entries.get(BASE_GLYPHS) : entries.get("/" + BASE_GLYPHS);
        if (baseBytes == null) {
            throw new IOException("Model file lacks the base glyphs entry");
        }
        INDArray baseArray = ArrayZip.readArray(baseBytes);
        Map<Integer, GrayBitmap> base = new LinkedHashMap<>();
        int row = 0;
        for (JsonNode codePoint : manifest.get("codePoints")) {
            base.put(codePoint.asInt(), new GrayBitmap(arch.sizePx(), arch.sizePx(), baseArray.getRow(row++).dup().toFloatVector()));
        }
        return new GanStyleModel(new GanParameters(arch, arrays), base, styles,
                manifest.path("fitSteps").asInt(), manifest.path("fitLearningRate").asDouble());
    }

    private static void checkComplete(GanArchitecture arch, Map<String, INDArray> arrays) throws IOException {
        GanParameters expected = GanParameters.initialise(arch, 1, 0);
        for (Map.Entry<String, INDArray> entry : expected.arrays().entrySet()) {
            INDArray actual = arrays.get(entry.getKey());
            if (actual == null || !java.util.Arrays.equals(actual.shape(), entry.getValue().shape())) {
                throw new IOException("Model file array " + entry.getKey() + " is missing or has the wrong shape for "
                        + arch);
            }
        }
    }
}
