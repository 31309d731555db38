package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void configStoredBeforeTheInkMassTermResumesWithoutIt() throws Exception {
        String stored = TinyRuns.config(dir, 5).toJson().replaceAll("\\s*\"inkMassWeight\" : [0-9.]+,", "");
        assertTrue(!stored.contains("inkMassWeight"), stored);
        TrainConfig config = TrainConfig.merge(stored, "stored config", Map.of());
        assertEquals(0.0, config.inkMassWeight());
        assertEquals(5, config.steps());
    }

    @Test
    void negativeLossWeightIsRejected() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"seed\": 1, \"inkMassWeight\": -2}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainConfig.load(file, Map.of()));
        assertTrue(e.getMessage().contains("inkMassWeight") && e.getMessage().contains("-2.0"), e.getMessage());
    }

    @Test
    void adversarialWeightRamps() {
        TrainConfig config = TrainConfig.defaults(1);
        assertEquals(0.0, config.adversarialWeight(0));
        assertEquals(0.5, config.adversarialWeight(config.adversarialRampSteps() / 2), 1e-9);
        assertEquals(1.0, config.adversarialWeight(10 * config.adversarialRampSteps()));
    }
}
