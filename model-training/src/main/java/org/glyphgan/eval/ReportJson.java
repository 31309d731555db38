package org.glyphgan.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@link EvaluationReport}s as JSON. Jackson's default writes a non-finite value
 * (an accuracy ratio without any correctly classified real glyph) as the string "NaN", and reads
 * it back as a double.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static void write(EvaluationReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        MAPPER.writeValue(file.toFile(), report);
    }

    public static EvaluationReport read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), EvaluationReport.class);
    }
}
