package org.glyphgan.samples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glyphgan.gan.StyleCode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saved custom styles on disk: one JSON file {@code NAME.json} per style in one directory, and for a
 * style with a fine-tuned decoder a zip of the decoder arrays {@code NAME.decoder-HASH.zip} beside
 * it. Files are written to a temporary file in the same directory and renamed, so a crash never
 * leaves a half-written style behind. Instances are safe for concurrent use within one process.
 */
public final class StyleStore {
    /** Letters, digits, '-' and '_', 1 to 64 characters: safe as a file name on every system. */
    public static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String SUFFIX = ".json";
    private static final long MAX_FILE_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(StyleStore.class);

    private final Path directory;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public StyleStore(Path directory) {
        this.directory = directory;
    }

    /** Environment variable naming the styles folder; unset or blank means {@code ~/.glyphgan/styles}. */
    public static final String STYLES_DIR_VARIABLE = "GLYPHGAN_STYLES_DIR";

    /** Returns {@code $GLYPHGAN_STYLES_DIR}, or {@code ~/.glyphgan/styles} when the variable is unset. */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getenv(STYLES_DIR_VARIABLE), System.getProperty("user.home"));
    }

    /** Returns {@code stylesDirOrNull} when it is set and not blank, else {@code userHome/.glyphgan/styles}. */
    static Path defaultDirectory(String stylesDirOrNull, String userHome) {
        if (stylesDirOrNull != null && !stylesDirOrNull.isBlank()) {
            return Path.of(stylesDirOrNull);
        }
        return Path.of(userHome, ".glyphgan", "styles");
    }

    public Path directory() {
        return directory;
    }

    /** Returns the file a style of this name is stored in. */
    public Path fileOf(String name) {
        return directory.resolve(checkName(name) + SUFFIX);
    }

    /** Checks a style name against {@link #NAME_PATTERN} and returns it. */
    public static String checkName(String name) {
        if (name == null || !NAME_PATTERN.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid style name '" + name + "': use 1 to 64 letters, digits,"
                    + " '-' or '_', for example my-hand_2");
        }
        return name;
    }

    /** Saves (or replaces) a style fitted to {@code samples}, atomically. */
    public synchronized void save(String name, StyleCode code, SampleSet samples) {
        save(name, code, samples.codePoints(), samples.spacing().sideBearingEm(), Instant.now());
    }

    /**
     * Saves (or replaces) a style fitted to {@code samples} together with its tuned decoder arrays,
     * from {@code fineTuneSteps} Adam steps.
     */
    public synchronized void save(String name, StyleCode code, SampleSet samples, Map<String, INDArray> decoderArrays,
                                  int fineTuneSteps) {
        save(name, code, samples.codePoints(), samples.spacing().sideBearingEm(), Instant.now(), decoderArrays,
                fineTuneSteps);
    }

    /** Saves (or replaces) a style code alone with an explicit creation time, atomically. */
    public synchronized void save(String name, StyleCode code, List<Integer> sampleCodePoints, double sideBearingEm,
                                  Instant created) {
        save(name, code, sampleCodePoints, sideBearingEm, created, null, 0);
    }

    /**
     * Saves (or replaces) a style with an explicit creation time. The decoder file, when there is
     * one, is written first and the style file second, each through a temporary file and a
     * rename, so the style file always refers to a complete decoder file. Decoder files of this
     * style that the new style file no longer refers to are deleted last.
     *
     * @param decoderArraysOrNull tuned decoder arrays, or null for a style code alone
     * @return the saved style as {@link #load} would return it
     */
    public synchronized StoredStyle save(String name, StyleCode code, List<Integer> sampleCodePoints, double sideBearingEm,
                                  Instant created, Map<String, INDArray> decoderArraysOrNull, int fineTuneSteps) {
        Path file = fileOf(name);
        checkCode(name, code);
        try {
            Files.createDirectories(directory);
            DecoderFile.Written decoder = null;
            if (decoderArraysOrNull != null) {
                decoder = writeDecoder(name, decoderArraysOrNull);
            }
            StyleFile record = new StyleFile(
                    decoder == null ? StyleFile.CODE_ONLY_VERSION : StyleFile.FORMAT_VERSION, name, code.vector(),
                    sampleCodePoints.stream().sorted().toList(), sideBearingEm, created.toString(),
                    decoder == null ? null : Integer.valueOf(fineTuneSteps), decoder == null ? null : decoder.fileName(),
                    decoder == null ? null : decoder.sha256());
            writeAtomically(name, mapper.writeValueAsBytes(record), file);
            deleteStaleDecoders(name, decoder == null ? null : decoder.fileName());
            LOG.info("Saved style '{}' to {}{}", name, file, decoder == null ? "" : " with a tuned decoder");
            return toStyle(file, name, record);
        } catch (IOException e) {
            throw new StyleStoreException("Could not save style '" + name + "' to " + file + ": " + e.getMessage()
                    + "; check that the directory is writable", e);
        }
    }

    private DecoderFile.Written writeDecoder(String name, Map<String, INDArray> arrays) throws IOException {
        byte[] bytes = DecoderFile.encode(arrays);
        String sha256 = DecoderFile.sha256(bytes);
        String fileName = DecoderFile.fileName(name, sha256);
        writeAtomically(name, bytes, directory.resolve(fileName));
        LOG.info("Saved the tuned decoder of style '{}' to {} ({} bytes)", name, directory.resolve(fileName),
                bytes.length);
        return new DecoderFile.Written(fileName, sha256);
    }

    private void writeAtomically(String name, byte[] bytes, Path target) throws IOException {
        Path temporary = Files.createTempFile(directory, "." + name, ".tmp");
        try {
            Files.write(temporary, bytes);
            moveAtomically(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes this style's decoder files other than {@code keptOrNull}; a failure only logs a warning. */
    private void deleteStaleDecoders(String name, String keptOrNull) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory,
                entry -> DecoderFile.belongsTo(entry.getFileName().toString(), name))) {
            for (Path stale : files) {
                if (!stale.getFileName().toString().equals(keptOrNull)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not delete old tuned decoders of style '{}' in {}: {}", name, directory, e.toString());
        }
    }

    /**
     * Reads the tuned decoder arrays of {@code style}, checked against the SHA-256 its style file
     * records and against the decoder's array names; the caller checks their shapes against the model.
     *
     * @throws IllegalArgumentException when the style has no tuned decoder
     * @throws StyleStoreException      when the decoder file is missing, damaged or replaced
     */
    public Map<String, INDArray> loadDecoder(StoredStyle style) {
        if (!style.fineTuned()) {
            throw new IllegalArgumentException("Style '" + style.name() + "' has no tuned decoder; it is a style code alone");
        }
        return DecoderFile.read(style.decoder().file(), style.decoder().sha256(), style.name());
    }

    private static void checkCode(String name, StyleCode code) {
        for (float value : code.vector()) {
            if (!Float.isFinite(value)) {
                throw new IllegalArgumentException("Style code of '" + name + "' contains " + value
                        + "; only finite numbers can be saved, so refit the style");
            }
        }
    }

    private static void moveAtomically(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            LOG.warn("File system of {} cannot rename atomically; replacing the file non-atomically", target);
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Loads a saved style, or empty when none of that name exists; a damaged file raises an error. */
    public Optional<StoredStyle> load(String name) {
        Path file = fileOf(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(read(file, name));
    }

    /** Lists every saved style, sorted by name; damaged files are skipped with a logged warning. */
    public List<StoredStyle> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<StoredStyle> styles = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - SUFFIX.length());
                if (!NAME_PATTERN.matcher(name).matches()) {
                    continue;
                }
                try {
                    styles.add(read(file, name));
                } catch (StyleStoreException e) {
                    LOG.warn("Skipping saved style {}: {}", file, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new StyleStoreException("Could not list saved styles in " + directory + ": " + e.getMessage(), e);
        }
        styles.sort(Comparator.comparing(StoredStyle::name));
        return styles;
    }

    private StoredStyle read(Path file, String name) {
        StyleFile record;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw damaged(file, "it is larger than " + MAX_FILE_BYTES + " bytes", null);
            }
            record = mapper.readValue(Files.readAllBytes(file), StyleFile.class);
        } catch (JsonProcessingException e) {
            throw damaged(file, "it is not valid style JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new StyleStoreException("Could not read saved style " + file + ": " + e.getMessage(), e);
        }
        return toStyle(file, name, record);
    }

    private static StoredStyle toStyle(Path file, String name, StyleFile record) {
        if (record.formatVersion() > StyleFile.FORMAT_VERSION) {
            throw new StyleStoreException("Saved style " + file + " has format version " + record.formatVersion()
                    + ", newer than this glyphgan reads (" + StyleFile.FORMAT_VERSION + "); update glyphgan");
        }
        if (record.formatVersion() < 1 || record.code() == null || record.code().length == 0
                || record.sampleCodePoints() == null || record.created() == null) {
            throw damaged(file, "a required field (formatVersion, code, sampleCodePoints, created) is missing", null);
        }
        if (!name.equals(record.name())) {
            throw damaged(file, "its field 'name' is '" + record.name() + "', not '" + name + "' as the file name",
                    null);
        }
        for (float value : record.code()) {
            if (!Float.isFinite(value)) {
                throw damaged(file, "its style code contains " + value, null);
            }
        }
        try {
            return new StoredStyle(name, new StyleCode(record.code()), record.sampleCodePoints(),
                    record.sideBearingEm(), Instant.parse(record.created()), decoder(file, record));
        } catch (DateTimeException | NullPointerException e) {
            throw damaged(file, "its field 'created' or 'sampleCodePoints' is invalid", e);
        }
    }

    /**
     * Returns the decoder file that {@code record} refers to, or null for a style code alone. Format
     * version 1 has no decoder fields and version 2 has both.
     */
    private static StoredStyle.TunedDecoder decoder(Path file, StyleFile record) {
        boolean hasFields = record.decoderFile() != null || record.decoderSha256() != null;
        if (record.formatVersion() == StyleFile.CODE_ONLY_VERSION) {
            if (hasFields) {
                throw damaged(file, "it has format version " + StyleFile.CODE_ONLY_VERSION
                        + " but names a tuned decoder, which only version " + StyleFile.FORMAT_VERSION + " files do", null);
            }
            return null;
        }
        if (record.decoderFile() == null || record.decoderSha256() == null) {
            throw damaged(file, "it has format version " + StyleFile.FORMAT_VERSION
                    + " but lacks the field 'decoderFile' or 'decoderSha256'", null);
        }
        if (!DecoderFile.belongsTo(record.decoderFile(), record.name())) {
            throw damaged(file, "its field 'decoderFile' is '" + record.decoderFile() + "', not a file name of the form "
                    + record.name() + ".decoder-HASH.zip in the styles folder", null);
        }
        if (!record.decoderSha256().matches("[0-9a-f]{64}")) {
            throw damaged(file, "its field 'decoderSha256' is not 64 lowercase hex digits", null);
        }
        return new StoredStyle.TunedDecoder(file.resolveSibling(record.decoderFile()), record.decoderSha256(),
                record.fineTuneSteps() == null ? 0 : record.fineTuneSteps());
    }

    private static StyleStoreException damaged(Path file, String reason, Throwable cause) {
        return new StyleStoreException("Saved style " + file + " is damaged: " + reason
                + "; delete the file and retrain the style", cause);
    }
}
