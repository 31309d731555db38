package org.glyphgan.train;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.glyphgan.gan.GanArchitecture;

/**
 * Every hyperparameter of one GAN training run. Immutable; JSON field names equal the component names.
 *
 * @param seed                       seeds weight initialisation, data order, noise and validation picks (mandatory)
 * @param batchSize                  glyphs per training step
 * @param steps                      total training steps (one generator and one discriminator update each)
 * @param generatorLearningRate      Adam step size of the generator and the style embedding
 * @param discriminatorLearningRate  Adam step size of the discriminator
 * @param beta1                      Adam first-moment decay of both networks
 * @param beta2                      Adam second-moment decay of both networks
 * @param l1Weight                   weight of the mean absolute pixel error to the real glyph in the generator loss
 * @param diceWeight                 weight of the soft Dice loss (one minus the ink overlap ratio) to the real glyph in
 *                                   the generator loss. It keeps thin strokes, which L1 alone lets fade
 * @param inkMassWeight              weight of the relative ink mass error (generated ink area against real ink area,
 *                                   per glyph) in the generator loss. It keeps small marks such as '.' at their size
 * @param styleJitter                standard deviation of the Gaussian offset added to each glyph's style code in the
 *                                   generator step, as a fraction of the training codes' standard deviation in that
 *                                   code dimension; 0 for none. It trains the generator on the space between the
 *                                   training codes, where the fitted codes of new styles land
 * @param adversarialRampSteps       steps over which the adversarial weight rises linearly from 0 to 1
 * @param generatorChannels          channels of the generator's first stage (stages double it)
 * @param discriminatorChannels      channels of the discriminator's first stage (stages double it)
 * @param styleDim                   length of a learned style code
 * @param noiseDim                   length of the Gaussian noise vector appended to the style code
 * @param logEverySteps              steps between log lines
 * @param checkpointEveryMinutes     wall-clock minutes between checkpoints (a final one is always written)
 * @param keepCheckpoints            number of newest checkpoints kept on disk
 * @param sampleEverySteps           steps between sample grids in {@code report/}
 * @param validateEverySteps         steps between validation scores; 0 disables validation
 * @param validationFonts            at most this many validation fonts are scored, in dataset order
 * @param validationReferences       reference glyphs per validation font the style is fitted to
 * @param validationFitSteps         gradient steps of the style fit during validation
 * @param styleFitLearningRate       Adam step size when fitting a style code to references
 * @param trainPath                  dataset file of the {@code train} split
 * @param validationPath             dataset file of the {@code validation} split
 * @param basePath                   dataset file of the {@code base} split (the content glyphs)
 * @param outputDir                  directory for checkpoints, {@code best/} and {@code report/}
 */
public record TrainConfig(
        long seed,
        int batchSize,
        int steps,
        double generatorLearningRate,
        double discriminatorLearningRate,
        double beta1,
        double beta2,
        double l1Weight,
        double diceWeight,
        double inkMassWeight,
        double styleJitter,
        int adversarialRampSteps,
        int generatorChannels,
        int discriminatorChannels,
        int styleDim,
        int noiseDim,
        int logEverySteps,
        double checkpointEveryMinutes,
        int keepCheckpoints,
        int sampleEverySteps,
        int validateEverySteps,
        int validationFonts,
        int validationReferences,
        int validationFitSteps,
        double styleFitLearningRate,
        String trainPath,
        String validationPath,
        String basePath,
        String outputDir) {

    /** Glyph size every dataset must have, in pixels. */
    public static final int SIZE_PX = 64;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Without this, Jackson truncates "steps": 2.5 to 2 steps without a word.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    public TrainConfig {
        positive("batchSize", batchSize);
        positive("steps", steps);
        positive("logEverySteps", logEverySteps);
        positive("keepCheckpoints", keepCheckpoints);
        positive("sampleEverySteps", sampleEverySteps);
        positive("validationReferences", validationReferences);
        positive("validationFitSteps", validationFitSteps);
        if (adversarialRampSteps < 0 || validateEverySteps < 0 || validationFonts < 0) {
            throw new IllegalArgumentException("adversarialRampSteps, validateEverySteps and validationFonts must be"
                    + " zero or positive, got " + adversarialRampSteps + ", " + validateEverySteps + ", " + validationFonts);
        }
        if (!(checkpointEveryMinutes > 0)) {
            throw new IllegalArgumentException("checkpointEveryMinutes must be positive, got " + checkpointEveryMinutes);
        }
        lossWeight("l1Weight", l1Weight);
        lossWeight("diceWeight", diceWeight);
        lossWeight("inkMassWeight", inkMassWeight);
        lossWeight("styleJitter", styleJitter);
        architectureOf(SIZE_PX, generatorChannels, discriminatorChannels, styleDim, noiseDim);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /**
     * Rejects a negative, NaN or infinite loss weight or jitter scale. The loss graph computes in float, where a
     * weight above {@link Float#MAX_VALUE} becomes infinite and turns a zero loss term into NaN.
     */
    private static void lossWeight(String name, double value) {
        if (!(value >= 0 && value <= Float.MAX_VALUE)) {
            throw new IllegalArgumentException(name + " must be zero or positive and at most " + Float.MAX_VALUE
                    + ", got " + value);
        }
    }

    private static GanArchitecture architectureOf(int size, int g, int d, int style, int noise) {
        return new GanArchitecture(size, g, d, style, noise);
    }

    /**
     * Defaults: 4000 steps of 16 glyphs (64 000 images), L1 weight 100, Dice weight 1, no ink mass term, no
     * style jitter, the
     * adversarial term ramped in over the first 500 steps, validation on 4 fonts every 1000 steps.
     */
    public static TrainConfig defaults(long seed) {
        return new TrainConfig(seed, 16, 4000, 2e-4, 2e-4, 0.5, 0.999, 100.0, 1.0, 0.0, 0.0, 500,
                16, 32, 32, 8,
                50, 10.0, 3, 500, 1000, 4, 8, 30, 0.05,
                null, null, null, "training-run");
    }

    public GanArchitecture architecture() {
        return architectureOf(SIZE_PX, generatorChannels, discriminatorChannels, styleDim, noiseDim);
    }

    /** Adversarial weight at {@code step}: a linear ramp from 0 to 1 over {@code adversarialRampSteps}. */
    public double adversarialWeight(int step) {
        if (adversarialRampSteps == 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) step / adversarialRampSteps);
    }

    /**
     * Merges defaults, then the JSON file (if any), then {@code overrides} (component name to value;
     * null values are skipped). The seed must come from the file or the overrides.
     */
    public static TrainConfig load(Path jsonFile, Map<String, Object> overrides) throws IOException {
        if (jsonFile == null) {
            return merge(null, "from the command line", overrides);
        }
        if (!Files.isRegularFile(jsonFile)) {
            throw new IllegalArgumentException("Training config " + jsonFile + " not found; pass an existing JSON file"
                    + " with --config, or leave --config out to use the defaults and options");
        }
        return merge(Files.readString(jsonFile), jsonFile.toString(), overrides);
    }

    /** As {@link #load}, with the config JSON given as text; {@code source} names it in errors. */
    public static TrainConfig merge(String json, String source, Map<String, Object> overrides) throws IOException {
        ObjectNode merged = JSON.valueToTree(defaults(0));
        merged.remove("seed");
        if (json != null) {
            JsonNode file = ConfigErrors.parse(JSON, json, source);
            if (!(file instanceof ObjectNode)) {
                throw new IllegalArgumentException("Training config " + source + " must hold a JSON object");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = file.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                merged.set(field.getKey(), field.getValue());
            }
        }
        overrides.forEach((name, value) -> {
            if (value != null) {
                merged.set(name, JSON.valueToTree(value));
            }
        });
        if (!merged.has("seed") || merged.get("seed").isNull()) {
            throw new IllegalArgumentException("No training seed given: set \"seed\" in the config file or pass --seed");
        }
        try {
            return JSON.treeToValue(merged, TrainConfig.class);
        } catch (ValueInstantiationException e) {
            // A value the constructor rejects: its message names the field and the value, Jackson's wrapper does not add to it.
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new IllegalArgumentException("Training config " + source + ": " + invalid.getMessage(), invalid);
            }
            throw e;
        } catch (JsonMappingException e) {
            throw ConfigErrors.invalidField(e, merged, source);
        }
    }

    public String toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialise training config", e);
        }
    }

    /**
     * Parses a config written by {@link #toJson}. Fields added after it was written, such as
     * {@code inkMassWeight} and {@code styleJitter} in checkpoints of older runs, take their defaults.
     */
    public static TrainConfig fromJson(String json) throws IOException {
        return merge(json, "stored in the checkpoint", Map.of());
    }
}
