package org.glyphgan.sfnt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The 'name' table, format 0: name IDs 1 to 6 for Windows Unicode BMP English-US (3, 1, 0x409),
 * and the same records for Macintosh Roman English (1, 0, 0) when every string is ASCII. A style
 * outside Regular/Bold/Italic/Bold Italic moves into the family name (IDs 1 and 2) and is kept
 * as typographic family and subfamily (IDs 16 and 17).
 */
final class NameTable implements SfntTable {
    static final String TAG = "name";

    private record NameRecord(int platformId, int encodingId, int languageId, int nameId, byte[] string) {
    }

    private final List<NameRecord> records = new ArrayList<>();

    NameTable(FontPlan plan) {
        String family = plan.build.familyName().strip();
        String style = plan.build.styleName().strip();
        String postScriptName = PostScriptNames.of(family, style);
        String[] names = new String[18];
        if (plan.style.ribbi()) {
            names[1] = family;
            names[2] = plan.style.ribbiSubfamily();
        } else {
            names[1] = family + " " + style;
            names[2] = plan.style.italic() ? "Italic" : "Regular";
            names[16] = family;
            names[17] = style;
        }
        names[3] = String.format(Locale.ROOT, "1.000;%s;%s", plan.build.vendorId().strip(), postScriptName);
        names[4] = names[2].equals("Regular") ? names[1] : names[1] + " " + names[2];
        names[5] = "Version 1.000";
        names[6] = postScriptName;
        boolean ascii = true;
        for (String name : names) {
            ascii &= name == null || name.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
        }
        for (int nameId = 1; nameId < names.length; nameId++) {
            if (names[nameId] == null) {
                continue;
            }
            records.add(new NameRecord(3, 1, 0x409, nameId, names[nameId].getBytes(StandardCharsets.UTF_16BE)));
            if (ascii) {
                records.add(new NameRecord(1, 0, 0, nameId, names[nameId].getBytes(StandardCharsets.US_ASCII)));
            }
        }
        records.sort(Comparator.comparingInt(NameRecord::platformId)
                .thenComparingInt(NameRecord::encodingId)
                .thenComparingInt(NameRecord::languageId)
                .thenComparingInt(NameRecord::nameId));
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        int storageOffset = 6 + records.size() * 12;
        BigEndianBuffer header = new BigEndianBuffer().uint16(0).uint16(records.size()).uint16(storageOffset);
        BigEndianBuffer storage = new BigEndianBuffer();
        for (NameRecord record : records) {
            SfntLimits.requireUint16(record.string().length, "length of name ID " + record.nameId());
            header.uint16(record.platformId()).uint16(record.encodingId()).uint16(record.languageId())
                    .uint16(record.nameId()).uint16(record.string().length).uint16(storage.size());
            storage.bytes(record.string());
        }
        return header.bytes(storage.toByteArray()).toByteArray();
    }
}
