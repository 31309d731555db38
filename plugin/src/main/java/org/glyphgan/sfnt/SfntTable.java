package org.glyphgan.sfnt;

/** One sfnt table writer: its four-character tag and its serialized bytes (unpadded). */
interface SfntTable {
    String tag();

    byte[] toBytes();
}
