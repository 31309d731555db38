package org.glyphgan.sfnt;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer that writes sfnt's big-endian integer types. */
final class BigEndianBuffer {
    private byte[] bytes = new byte[256];
    private int size;

    int size() {
        return size;
    }

    BigEndianBuffer uint8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    BigEndianBuffer uint16(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    BigEndianBuffer int16(int value) {
        return uint16(value);
    }

    BigEndianBuffer uint32(long value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
        return this;
    }

    /** Writes a 16.16 fixed-point number. */
    BigEndianBuffer fixed(double value) {
        return uint32(Math.round(value * 65536.0) & 0xFFFFFFFFL);
    }

    BigEndianBuffer int64(long value) {
        uint32(value >>> 32);
        return uint32(value & 0xFFFFFFFFL);
    }

    /** Writes a four-character ASCII tag. */
    BigEndianBuffer tag(String tag) {
        return bytes(tag.getBytes(StandardCharsets.US_ASCII));
    }

    BigEndianBuffer bytes(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
        return this;
    }

    /** Appends zero bytes until the size is a multiple of {@code alignment}. */
    BigEndianBuffer padTo(int alignment) {
        while (size % alignment != 0) {
            uint8(0);
        }
        return this;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}
