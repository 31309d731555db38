package org.glyphgan.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The random per-start secret that every API call must present in {@link #HEADER}. */
public final class AccessToken {
    public static final String HEADER = "X-Glyphgan-Token";
    private static final int TOKEN_BYTES = 32;

    private final String value;

    private AccessToken(String value) {
        this.value = value;
    }

    /** Draws 32 bytes from {@link SecureRandom}, encoded as unpadded base64url. */
    public static AccessToken random() {
        byte[] bytes = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String value() {
        return value;
    }

    /** Compares in constant time, so response timing does not reveal how much of a guess was right. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
