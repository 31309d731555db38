package org.glyphgan.gan;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * Builds the SameDiff graphs of the GAN over one shared {@link GanParameters}. Tensors are NCHW;
 * glyphs hold ink in [0, 1]. Placeholders: {@code content} and {@code real} [B, 1, S, S],
 * {@code fontOneHot} [B, fonts], {@code noise} [B, noiseDim], {@code fake} [B, 1, S, S] and the
 * scalar {@code adversarialWeight}.
 */
public final class GanGraphs {
    public static final String CONTENT = "content";
    public static final String REAL = "real";
    public static final String FAKE_INPUT = "fake";
    public static final String FONT_ONE_HOT = "fontOneHot";
    public static final String NOISE = "noise";
    public static final String ADVERSARIAL_WEIGHT = "adversarialWeight";
    /** Offsets added to the glyphs' style codes in the generator step, [B, styleDim], or zeros for none. */
    public static final String STYLE_JITTER = "styleJitter";

    public static final String GENERATED = "generated";
    public static final String G_LOSS = "gLoss";
    public static final String G_ADVERSARIAL = "gAdversarial";
    public static final String L1 = "l1";
    public static final String DICE = "dice";
    public static final String INK_MASS = "inkMass";
    public static final String FIT_LOSS = "fitLoss";
    /**
     * Each glyph's own fit loss without the prior, [B]: its mean absolute error plus the Dice weight
     * times its soft Dice loss. Its batch mean is {@link #FIT_LOSS} without the prior.
     */
    public static final String GLYPH_FIT_LOSS = "glyphFitLoss";
    public static final String D_LOSS = "dLoss";
    public static final String D_REAL_LOGITS = "dRealLogits";
    public static final String D_FAKE_LOGITS = "dFakeLogits";
    public static final String D_LOGITS = "dLogits";

    private static final double LEAK = 0.2;
    /** Logit added for full ink in the content glyph (and subtracted for paper) before the output sigmoid. */
    static final double CONTENT_LOGIT = 3.0;

    private GanGraphs() {
    }

    /**
     * The generator step: G draws the batch from each glyph's style code plus its {@link #STYLE_JITTER}
     * row, D scores it, and the loss is
     * {@code adversarialWeight * -log D(fake) + l1Weight * mean |fake - real| + diceWeight * dice(fake, real)
     * + inkMassWeight * inkMass(fake, real)}.
     */
    public static SameDiff generatorStep(GanParameters params, double l1Weight, double diceWeight,
                                         double inkMassWeight) {
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> vars = declare(sd, params);
        int size = params.architecture().sizePx();
        SDVariable content = glyphPlaceholder(sd, CONTENT, size);
        SDVariable real = glyphPlaceholder(sd, REAL, size);
        SDVariable jitter = sd.placeHolder(STYLE_JITTER, DataType.FLOAT, -1, params.architecture().styleDim());
        SDVariable fake = generator(sd, vars, params.architecture(), content, styleFromOneHot(sd, vars, params, jitter));
        sd.identity(GENERATED, fake);
        SDVariable logits = discriminator(sd, vars, content, fake);
        SDVariable adversarial = sd.mean(G_ADVERSARIAL, sd.nn.logSigmoid(logits).neg());
        SDVariable l1 = sd.mean(L1, sd.math.abs(fake.sub(real)));
        SDVariable dice = softDice(sd, fake, real);
        SDVariable weight = sd.placeHolder(ADVERSARIAL_WEIGHT, DataType.FLOAT);
        SDVariable inkMass = inkMassError(sd, fake, real);
        SDVariable loss = adversarial.mul(weight).add(l1.mul(l1Weight)).add(dice.mul(diceWeight))
                .add(G_LOSS, inkMass.mul(inkMassWeight));
        sd.setLossVariables(loss);
        return sd;
    }

    /** The discriminator step: non-saturating loss on real glyphs and on the {@code fake} placeholder. */
    public static SameDiff discriminatorStep(GanParameters params) {
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> vars = declare(sd, params);
        int size = params.architecture().sizePx();
        SDVariable content = glyphPlaceholder(sd, CONTENT, size);
        SDVariable real = glyphPlaceholder(sd, REAL, size);
        SDVariable fake = glyphPlaceholder(sd, FAKE_INPUT, size);
        SDVariable realLogits = sd.identity(D_REAL_LOGITS, discriminator(sd, vars, content, real));
        SDVariable fakeLogits = sd.identity(D_FAKE_LOGITS, discriminator(sd, vars, content, fake));
        SDVariable realLoss = sd.mean(sd.nn.logSigmoid(realLogits).neg());
        SDVariable fakeLoss = sd.mean(sd.nn.logSigmoid(fakeLogits.neg()).neg());
        sd.setLossVariables(realLoss.add(D_LOSS, fakeLoss));
        return sd;
    }

    /** The generator alone with the L1 loss to {@code real}; see {@link #generatorOnly(GanParameters, double)}. */
    public static SameDiff generatorOnly(GanParameters params) {
        return generatorOnly(params, 0);
    }

    /**
     * The generator alone with the loss {@code mean |fake - real| + diceWeight * dice(fake, real)}
     * (output {@link #FIT_LOSS}, per glyph {@link #GLYPH_FIT_LOSS}); used for inference and for fitting style codes, where
     * {@code params}' style embedding contains one row per code being fitted.
     */
    public static SameDiff generatorOnly(GanParameters params, double diceWeight) {
        return fitGraph(params, diceWeight, null);
    }

    /**
     * Builds the style-fit graph: {@link #generatorOnly(GanParameters, double)} with {@code prior}'s
     * term on the style embedding added to {@link #FIT_LOSS}.
     */
    public static SameDiff styleFit(GanParameters params, double diceWeight, StylePrior prior) {
        return fitGraph(params, diceWeight, java.util.Objects.requireNonNull(prior, "prior"));
    }

    private static SameDiff fitGraph(GanParameters params, double diceWeight, StylePrior prior) {
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> vars = declare(sd, params);
        int size = params.architecture().sizePx();
        SDVariable content = glyphPlaceholder(sd, CONTENT, size);
        SDVariable real = glyphPlaceholder(sd, REAL, size);
        SDVariable fake = generator(sd, vars, params.architecture(), content, styleFromOneHot(sd, vars, params, null));
        sd.identity(GENERATED, fake);
        SDVariable error = sd.math.abs(fake.sub(real));
        SDVariable l1 = sd.mean(L1, error);
        SDVariable glyphDice = softDicePerGlyph(sd, fake, real);
        SDVariable dice = sd.mean(DICE, glyphDice).mul(diceWeight);
        sd.identity(GLYPH_FIT_LOSS, sd.mean(error, 1, 2, 3).add(glyphDice.mul(diceWeight)));
        if (prior == null) {
            sd.setLossVariables(l1.add(FIT_LOSS, dice));
        } else {
            SDVariable pixels = l1.add(dice);
            sd.setLossVariables(pixels.add(FIT_LOSS, prior.term(sd, vars.get(GeneratorLayers.STYLE_EMBEDDING))));
        }
        return sd;
    }

    /**
     * Soft Dice loss {@code 1 - (2 sum(f r) + 1) / (sum f + sum r + 1)} per glyph, averaged over the
     * batch (output {@link #DICE}). Unlike L1 it does not reward erasing a thin stroke drawn one pixel
     * off: the blank page scores 1 on any glyph with ink, whatever its ink area.
     */
    static SDVariable softDice(SameDiff sd, SDVariable fake, SDVariable real) {
        return sd.mean(DICE, softDicePerGlyph(sd, fake, real));
    }

    /** Computes the soft Dice loss of {@link #softDice} per glyph, [B]. */
    private static SDVariable softDicePerGlyph(SameDiff sd, SDVariable fake, SDVariable real) {
        SDVariable overlap = sd.sum(fake.mul(real), 1, 2, 3);
        SDVariable total = sd.sum(fake, 1, 2, 3).add(sd.sum(real, 1, 2, 3));
        SDVariable agreement = overlap.mul(2).add(1).div(total.add(1));
        return agreement.neg().add(1);
    }

    /**
     * Relative ink mass error {@code |sum f - sum r| / (sum r + 1)} per glyph, averaged over the batch
     * (output {@link #INK_MASS}); sums are in pixels of full ink. L1 and Dice barely notice a period
     * drawn a pixel too small: it is a few pixels of a 4,096-pixel glyph and a small part of the
     * batch. This term weighs that error by the glyph's own ink, so small marks keep their size.
     */
    static SDVariable inkMassError(SameDiff sd, SDVariable fake, SDVariable real) {
        SDVariable realMass = sd.sum(real, 1, 2, 3);
        SDVariable difference = sd.math.abs(sd.sum(fake, 1, 2, 3).sub(realMass));
        return sd.mean(INK_MASS, difference.div(realMass.add(1)));
    }

    /** The discriminator alone: {@code dLogits} [B, 1, S/8, S/8] for {@code content} and {@code real}. */
    public static SameDiff discriminatorOnly(GanParameters params) {
        SameDiff sd = SameDiff.create();
        Map<String, SDVariable> vars = declare(sd, params);
        int size = params.architecture().sizePx();
        SDVariable content = glyphPlaceholder(sd, CONTENT, size);
        SDVariable glyph = glyphPlaceholder(sd, REAL, size);
        sd.identity(D_LOGITS, discriminator(sd, vars, content, glyph));
        return sd;
    }

    private static Map<String, SDVariable> declare(SameDiff sd, GanParameters params) {
        Map<String, SDVariable> vars = new HashMap<>();
        params.arrays().forEach((name, array) -> vars.put(name, sd.var(name, array)));
        return vars;
    }

    private static SDVariable glyphPlaceholder(SameDiff sd, String name, int size) {
        return sd.placeHolder(name, DataType.FLOAT, -1, 1, size, size);
    }

    /**
     * Style code plus noise, [B, styleDim + noiseDim]: one-hot(font) × embedding, as a matrix product,
     * plus {@code jitter} when it is not null.
     */
    private static SDVariable styleFromOneHot(SameDiff sd, Map<String, SDVariable> vars, GanParameters params,
                                              SDVariable jitter) {
        GanArchitecture arch = params.architecture();
        SDVariable oneHot = sd.placeHolder(FONT_ONE_HOT, DataType.FLOAT, -1, params.fontCount());
        SDVariable code = sd.mmul(oneHot, vars.get(GeneratorLayers.STYLE_EMBEDDING));
        SDVariable style = jitter == null ? code : code.add(jitter);
        if (arch.noiseDim() == 0) {
            return style;
        }
        SDVariable noise = sd.placeHolder(NOISE, DataType.FLOAT, -1, arch.noiseDim());
        return sd.concat(1, style, noise);
    }

    private static SDVariable generator(SameDiff sd, Map<String, SDVariable> vars, GanArchitecture arch,
                                        SDVariable content, SDVariable code) {
        int s = arch.sizePx();
        SDVariable e1 = leaky(sd, conv(sd, vars, "g_e1", content, 4, 2));
        SDVariable e2 = leaky(sd, conv(sd, vars, "g_e2", e1, 4, 2));
        SDVariable e3 = leaky(sd, conv(sd, vars, "g_e3", e2, 4, 2));
        SDVariable e4 = leaky(sd, conv(sd, vars, "g_e4", e3, 4, 2));
        SDVariable b = leaky(sd, conv(sd, vars, "g_bottleneck", sd.concat(1, e4, broadcast(sd, code, s / 16)), 3, 1));
        SDVariable d3 = decode(sd, vars, "g_d3", b, e3, broadcast(sd, code, s / 8));
        SDVariable d2 = decode(sd, vars, "g_d2", d3, e2, broadcast(sd, code, s / 4));
        SDVariable d1 = decode(sd, vars, "g_d1", d2, e1, null);
        SDVariable d0 = decode(sd, vars, "g_d0", d1, content, null);
        // The output is a correction of the content glyph's logits: content and target share the em box,
        // so this starts the generator at the base glyph instead of at the blank page, the constant
        // output that minimises L1 for mostly-empty bitmaps and that a plain sigmoid output collapses to.
        SDVariable contentLogits = content.mul(2 * CONTENT_LOGIT).sub(CONTENT_LOGIT);
        return sd.nn.sigmoid(conv(sd, vars, "g_out", d0, 3, 1).add(contentLogits));
    }

    private static SDVariable decode(SameDiff sd, Map<String, SDVariable> vars, String name, SDVariable below,
                                     SDVariable skip, SDVariable code) {
        SDVariable up = sd.cnn.upsampling2d(below, 2, 2, true);
        SDVariable joined = code == null ? sd.concat(1, up, skip) : sd.concat(1, up, skip, code);
        return leaky(sd, conv(sd, vars, name, joined, 3, 1));
    }

    /** Tiles a [B, n] code to [B, n, side, side]. */
    private static SDVariable broadcast(SameDiff sd, SDVariable code, int side) {
        SDVariable column = sd.expandDims(sd.expandDims(code, 2), 3);
        return sd.tile(column, 1, 1, side, side);
    }

    private static SDVariable discriminator(SameDiff sd, Map<String, SDVariable> vars, SDVariable content,
                                            SDVariable glyph) {
        SDVariable x = sd.concat(1, content, glyph);
        x = leaky(sd, conv(sd, vars, "d_c1", x, 4, 2));
        x = leaky(sd, conv(sd, vars, "d_c2", x, 4, 2));
        x = leaky(sd, conv(sd, vars, "d_c3", x, 4, 2));
        return conv(sd, vars, "d_patch", x, 3, 1);
    }

    /** Kernel 4 with stride 2 and padding 1 halves the size; kernel 3 with stride 1 and padding 1 keeps it. */
    private static SDVariable conv(SameDiff sd, Map<String, SDVariable> vars, String name, SDVariable in,
                                   int kernel, int stride) {
        Conv2DConfig config = Conv2DConfig.builder()
                .kH(kernel).kW(kernel).sH(stride).sW(stride).pH(1).pW(1)
                .paddingMode(PaddingMode.VALID).dataFormat("NCHW").build();
        return sd.cnn.conv2d(in, vars.get(name + "_w"), vars.get(name + "_b"), config);
    }

    private static SDVariable leaky(SameDiff sd, SDVariable x) {
        return sd.nn.leakyRelu(x, LEAK);
    }
}
