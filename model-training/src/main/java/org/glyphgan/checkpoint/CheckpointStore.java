package org.glyphgan.checkpoint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.glyphgan.gan.ArrayZip;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checkpoints of one run: {@code checkpoint-NNNNNNN.zip} files in one directory, each written to
 * a temporary file, flushed to disk and renamed atomically, so a crash leaves either the old set or
 * the old set plus one complete new file.
 */
public final class CheckpointStore {
    public static final String FORMAT = "glyphgan-checkpoint";
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    private static final Pattern FILE_NAME = Pattern.compile("checkpoint-(\\d{7})\\.zip");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST = "checkpoint.json";

    private final Path directory;
    private final int keep;

    /** @param keep number of newest checkpoints kept; older ones are deleted after each write */
    public CheckpointStore(Path directory, int keep) {
        this.directory = directory;
        this.keep = keep;
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes {@code checkpoint} atomically, then deletes all but the newest {@code keep} files up to
     * its step. Files of later steps are left alone, see {@link #prune}.
     */
    public Path write(Checkpoint checkpoint) throws IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(String.format("checkpoint-%07d.zip", checkpoint.step()));
        Path temporary = Files.createTempFile(directory, ".checkpoint-", ".zip.tmp");
        try {
            try (FileOutputStream file = new FileOutputStream(temporary.toFile());
                 ZipOutputStream zip = new ZipOutputStream(file)) {
                writeEntries(zip, checkpoint);
                zip.finish();
                zip.flush();
                file.getFD().sync();
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
        prune(checkpoint.step());
        return target;
    }

    private static void writeEntries(ZipOutputStream zip, Checkpoint checkpoint) throws IOException {
        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("format", FORMAT);
        manifest.put("formatVersion", FORMAT_VERSION);
        manifest.put("step", checkpoint.step());
        manifest.put("corpusHash", checkpoint.corpusHash());
        manifest.put("codeVersion", checkpoint.codeVersion());
        manifest.set("architecture", JSON.valueToTree(checkpoint.architecture()));
        manifest.set("fontIds", JSON.valueToTree(checkpoint.fontIds()));
        manifest.set("parameters", JSON.valueToTree(checkpoint.parameters().keySet()));
        manifest.set("generatorOptimizer", JSON.valueToTree(checkpoint.generatorOptimizer().keySet()));
        manifest.set("discriminatorOptimizer", JSON.valueToTree(checkpoint.discriminatorOptimizer().keySet()));
        ArrayZip.writeText(zip, "config.json", checkpoint.configJson());
        ArrayZip.writeText(zip, "history/steps.csv", checkpoint.stepHistoryCsv());
        ArrayZip.writeText(zip, "history/validation.csv", checkpoint.validationHistoryCsv());
        ArrayZip.writeArrays(zip, "parameters", checkpoint.parameters());
        ArrayZip.writeArrays(zip, "adam-generator", checkpoint.generatorOptimizer());
        ArrayZip.writeArrays(zip, "adam-discriminator", checkpoint.discriminatorOptimizer());
        // The manifest goes last: a file cut short before it is never mistaken for a complete one.
        ArrayZip.writeText(zip, MANIFEST, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
    }

    /** Checkpoint files, newest (highest step) first. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    /**
     * Reads the newest checkpoint that is complete; a truncated, corrupt or foreign file is skipped
     * with a warning naming it, and the next older one is tried.
     */
    public Optional<Checkpoint> readNewestValid() throws IOException {
        return readNewestValid(checkpoint -> Optional.empty());
    }

    /**
     * Reads the newest complete checkpoint that {@code mismatch} accepts. A truncated, corrupt or
     * foreign file, or one for which {@code mismatch} returns a reason, is skipped with a warning
     * naming it and the reason, and the next older one is tried.
     *
     * @param mismatch the reason a complete checkpoint cannot be used, or empty when it can
     */
    public Optional<Checkpoint> readNewestValid(Function<Checkpoint, Optional<String>> mismatch) throws IOException {
        for (Path file : list()) {
            Checkpoint checkpoint;
            try {
                checkpoint = read(file);
            } catch (InvalidCheckpointException e) {
                LOG.warn("Skipping checkpoint {}: {}. Trying the previous one.", file, e.getMessage());
                continue;
            }
            Optional<String> reason = mismatch.apply(checkpoint);
            if (reason.isEmpty()) {
                return Optional.of(checkpoint);
            }
            LOG.warn("Skipping checkpoint {}: {}. Trying the previous one.", file, reason.get());
        }
        return Optional.empty();
    }

    /** Reads one checkpoint, rejecting anything but a complete glyphgan checkpoint. */
    public static Checkpoint read(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            JsonNode manifest = jsonObject(text(zip, MANIFEST), MANIFEST);
            if (!FORMAT.equals(manifest.path("format").asText())) {
                throw new InvalidCheckpointException("not a glyphgan checkpoint (format is '"
                        + manifest.path("format").asText() + "', expected '" + FORMAT + "')");
            }
            if (manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
                throw new InvalidCheckpointException("checkpoint format version " + manifest.path("formatVersion").asInt()
                        + " is not supported; this build reads version " + FORMAT_VERSION);
            }
            String configJson = text(zip, "config.json");
            jsonObject(configJson, "config.json");
            Checkpoint checkpoint = new Checkpoint(
                    manifest.path("step").asInt(),
                    configJson,
                    manifest.path("corpusHash").asText(),
                    manifest.path("codeVersion").asText(),
                    architecture(manifest),
                    names(manifest.get("fontIds")),
                    arrays(zip, "parameters", names(manifest.get("parameters"))),
                    arrays(zip, "adam-generator", names(manifest.get("generatorOptimizer"))),
                    arrays(zip, "adam-discriminator", names(manifest.get("discriminatorOptimizer"))),
                    text(zip, "history/steps.csv"),
                    text(zip, "history/validation.csv"));
            requireShapes(checkpoint);
            return checkpoint;
        } catch (ZipException e) {
            throw new InvalidCheckpointException("not a readable zip file (truncated or corrupt): " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            // A manifest value of the wrong type or out of range, such as a negative channel count.
            throw new InvalidCheckpointException("malformed manifest: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new InvalidCheckpointException("malformed content: " + e, e);
        }
    }

    /**
     * Rejects a checkpoint whose arrays do not fit its own manifest. Every array the architecture
     * names must be present with its shape, and the style embedding needs one row per listed font.
     * Each stored Adam state needs two values per value of its parameter. The expected shapes are
     * computed, not allocated, so a manifest with an absurd architecture costs no memory.
     */
    private static void requireShapes(Checkpoint checkpoint) throws InvalidCheckpointException {
        Map<String, long[]> expected = GanParameters.shapes(checkpoint.architecture(), checkpoint.fontIds().size());
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            INDArray actual = checkpoint.parameters().get(entry.getKey());
            if (actual == null) {
                throw new InvalidCheckpointException("array " + entry.getKey() + " is missing");
            }
            if (!Arrays.equals(actual.shape(), entry.getValue())) {
                throw new InvalidCheckpointException("array " + entry.getKey() + " has shape "
                        + Arrays.toString(actual.shape()) + " but the manifest's architecture and its "
                        + checkpoint.fontIds().size() + " fonts need " + Arrays.toString(entry.getValue()));
            }
        }
        requireOptimizerStates(checkpoint.generatorOptimizer(), "adam-generator", checkpoint.parameters());
        requireOptimizerStates(checkpoint.discriminatorOptimizer(), "adam-discriminator", checkpoint.parameters());
    }

    /** Rejects an Adam state that belongs to no parameter or lacks its two moments per parameter value. */
    private static void requireOptimizerStates(Map<String, INDArray> states, String folder,
                                               Map<String, INDArray> parameters) throws InvalidCheckpointException {
        for (Map.Entry<String, INDArray> entry : states.entrySet()) {
            INDArray parameter = parameters.get(entry.getKey());
            if (parameter == null) {
                throw new InvalidCheckpointException("optimizer state " + folder + "/" + entry.getKey()
                        + " belongs to no parameter array");
            }
            if (entry.getValue().length() != 2 * parameter.length()) {
                throw new InvalidCheckpointException("optimizer state " + folder + "/" + entry.getKey() + " has "
                        + entry.getValue().length() + " values but its parameter's " + parameter.length()
                        + " values need " + 2 * parameter.length());
            }
        }
    }

    /** Parses the text entry {@code name}, rejecting the checkpoint when it is not a JSON object. */
    private static JsonNode jsonObject(String json, String name) throws InvalidCheckpointException {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidCheckpointException("entry " + name + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InvalidCheckpointException("entry " + name + " is not a JSON object");
        }
        return node;
    }

    private static GanArchitecture architecture(JsonNode manifest) throws IOException {
        JsonNode architecture = manifest.get("architecture");
        if (architecture == null || !architecture.isObject()) {
            throw new InvalidCheckpointException("manifest is missing the network architecture");
        }
        return JSON.treeToValue(architecture, GanArchitecture.class);
    }

    private static List<String> names(JsonNode array) throws InvalidCheckpointException {
        if (array == null || !array.isArray()) {
            throw new InvalidCheckpointException("manifest lacks a name list");
        }
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Map<String, INDArray> arrays(ZipFile zip, String folder, List<String> names) throws IOException {
        Map<String, INDArray> arrays = new LinkedHashMap<>();
        for (String name : names) {
            arrays.put(name, ArrayZip.readArray(bytes(zip, folder + "/" + name)));
        }
        return arrays;
    }

    private static String text(ZipFile zip, String name) throws IOException {
        return new String(bytes(zip, name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new InvalidCheckpointException("entry " + name + " is missing");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    /**
     * Deletes all but the newest {@code keep} files with steps up to {@code writtenStep}. A file of a
     * later step is normally one that a resume skipped as invalid. Counting it would delete the
     * checkpoint just written once {@code keep} is 1, and the resumed run's progress with it.
     */
    private void prune(int writtenStep) throws IOException {
        List<Path> files = list().stream().filter(file -> stepOf(file) <= writtenStep).toList();
        for (int i = keep; i < files.size(); i++) {
            Files.deleteIfExists(files.get(i));
            LOG.debug("Deleted old checkpoint {}", files.get(i));
        }
    }

    /** Deletes temporary files that a killed process left behind mid-write; returns how many. */
    public int deleteStaleTemporaryFiles() throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.list(directory)) {
            stale = files.filter(p -> p.getFileName().toString().matches("\\.checkpoint-.*\\.zip\\.tmp")).toList();
        }
        for (Path file : stale) {
            Files.deleteIfExists(file);
        }
        return stale.size();
    }

    /** The step encoded in a checkpoint file name, or -1 for other names. */
    public static int stepOf(Path file) {
        Matcher m = FILE_NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
