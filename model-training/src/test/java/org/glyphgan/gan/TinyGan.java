package org.glyphgan.gan;

/** Tiny network shapes that keep tests fast. */
public final class TinyGan {
    public static final GanArchitecture ARCHITECTURE = new GanArchitecture(64, 4, 4, 6, 2);

    private TinyGan() {
    }
}
