package org.glyphgan.gan;

/**
 * One convolution of the GAN, kept so that parameter counts and FLOPs are computed from the same
 * shapes the graph is built from.
 *
 * @param name      parameter name prefix; the weight is {@code name + "_w"} ([kH, kW, in, out]), the bias {@code name + "_b"}
 * @param inChannels input channels
 * @param outChannels output channels
 * @param kernelPx  square kernel side
 * @param strideOne true for stride 1 (padding keeps the size), false for stride 2 (halves it)
 * @param outSizePx output width and height
 */
public record ConvSpec(String name, int inChannels, int outChannels, int kernelPx, boolean strideOne, int outSizePx) {

    public long parameterCount() {
        return (long) kernelPx * kernelPx * inChannels * outChannels + outChannels;
    }

    /** Multiply-adds of one forward pass for one image. */
    public long multiplyAdds() {
        return (long) kernelPx * kernelPx * inChannels * outChannels * outSizePx * outSizePx;
    }

    public long[] weightShape() {
        return new long[] {kernelPx, kernelPx, inChannels, outChannels};
    }
}
