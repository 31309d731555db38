package org.glyphgan.sfnt.validate;

/** One validator's result on one font file; {@code detail} explains why it failed or what it found. */
public record ValidatorVerdict(String name, boolean passed, String detail) {
    public static ValidatorVerdict pass(String name, String detail) {
        return new ValidatorVerdict(name, true, detail);
    }

    public static ValidatorVerdict fail(String name, String detail) {
        return new ValidatorVerdict(name, false, detail);
    }

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + name + ": " + detail;
    }
}
