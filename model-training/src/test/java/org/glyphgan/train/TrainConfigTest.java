package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainConfigTest {
    @TempDir
    Path dir;

    @Test
    void fileOverridesDefaultsAndOptionsOverrideFile() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"seed\": 9, \"steps\": 100, \"batchSize\": 8}");
        Map<String, Object> overrides = new HashMap<>();
        overrides.put("steps", 200);
        overrides.put("outputDir", null);
        TrainConfig config = TrainConfig.load(file, overrides);
        assertEquals(9, config.seed());
        assertEquals(200, config.steps());
        assertEquals(8, config.batchSize());
        assertEquals(TrainConfig.defaults(0).l1Weight(), config.l1Weight());
    }

    @Test
    void missingSeedIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.load(null, Map.of()));
        assertTrue(e.getMessage().contains("--seed"), e.getMessage());
    }

    @Test
    void unknownFieldIsRejected() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"seed\": 1, \"learningRate\": 0.1}");
        Exception e = assertThrows(Exception.class, () -> TrainConfig.load(file, Map.of()));
        assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
    }

    @Test
    void jsonRoundTrip() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 5);
        assertEquals(config, TrainConfig.fromJson(config.toJson()));
    }

    @Test
    void storedConfigWithoutInkMassWeight() throws Exception {
        String stored = TinyRuns.config(dir, 5).toJson().replaceAll("\\s*\"inkMassWeight\" : [0-9.]+,", "");
        assertTrue(!stored.contains("inkMassWeight"), stored);
        TrainConfig config = TrainConfig.merge(stored, "stored config", Map.of());
        assertEquals(0.0, config.inkMassWeight());
        assertEquals(5, config.steps());
    }

    @Test
    void configWithoutInkMassWeightParsesAsZero() throws Exception {
        String stored = TinyRuns.config(dir, 5).toJson().replaceAll("\\s*\"inkMassWeight\" : [0-9.]+,", "");
        assertFalse(stored.contains("inkMassWeight"), stored);
        assertEquals(0.0, TrainConfig.fromJson(stored).inkMassWeight());
    }

    @Test
    void negativeLossWeightIsRejected() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"seed\": 1, \"inkMassWeight\": -2}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.load(file, Map.of()));
        assertTrue(e.getMessage().contains("inkMassWeight"), e.getMessage());
        assertTrue(e.getMessage().contains("-2.0"), e.getMessage());
    }

    @Test
    void invalidLossWeightsAreOneLineErrors() throws Exception {
        // JSON value of inkMassWeight, then the value the message must show.
        String[][] cases = {
            {"null", "got null"},
            {"\"abc\"", "got \"abc\""},
            {"[1]", "got [1]"},
            {"{}", "got {}"},
            {"true", "got true"},
            {"-1", "got -1.0"},
            {"\"NaN\"", "got NaN"},
            {"\"Infinity\"", "got Infinity"},
            {"1e400", "got Infinity"},
            {"1e308", "got 1.0E308"},
        };
        Path file = dir.resolve("weights.json");
        for (String[] c : cases) {
            Files.writeString(file, "{\"seed\": 1, \"inkMassWeight\": " + c[0] + "}");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TrainConfig.load(file, Map.of()), c[0]);
            assertTrue(e.getMessage().contains("inkMassWeight"), e.getMessage());
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
        }
    }

    @Test
    void largestFloatLossWeightIsAccepted() throws Exception {
        TrainConfig config = TrainConfig.merge("{\"seed\": 1, \"inkMassWeight\": 3.0e38}", "test", Map.of());
        assertEquals(3.0e38, config.inkMassWeight());
    }

    @Test
    void fractionalStepCountIsRejected() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.merge("{\"seed\": 1, \"steps\": 2.5}", "test", Map.of()));
        assertTrue(e.getMessage().contains("steps must be a whole number"), e.getMessage());
        assertTrue(e.getMessage().contains("got 2.5"), e.getMessage());
    }

    @Test
    void misspelledFieldIsOneLineError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.merge("{\"seed\": 1, \"inkMassWeigth\": 1}", "test", Map.of()));
        assertTrue(e.getMessage().contains("unknown field \"inkMassWeigth\""), e.getMessage());
        assertTrue(e.getMessage().contains("inkMassWeight,"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void invalidJsonNamesSourceAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.merge("{\"seed\": 1,\n \"steps\": }", "my-config.json", Map.of()));
        assertTrue(e.getMessage().startsWith("Training config my-config.json is not valid JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void adversarialWeightRamps() {
        TrainConfig config = TrainConfig.defaults(1);
        assertEquals(0.0, config.adversarialWeight(0));
        assertEquals(0.5, config.adversarialWeight(config.adversarialRampSteps() / 2), 1e-9);
        assertEquals(1.0, config.adversarialWeight(10 * config.adversarialRampSteps()));
    }

    @Test
    void missingConfigFileNamesFix(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.load(missing, Map.of("seed", 1)));
        assertEquals("Training config " + missing + " not found; pass an existing JSON file with --config, or leave"
                + " --config out to use the defaults and options", e.getMessage());
    }

    @Test
    void optionErrorNamesCommandLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainConfig.load(null, Map.of("seed", 1, "batchSize", 0)));
        assertEquals("Training config from the command line: batchSize must be positive, got 0", e.getMessage());
    }
}
