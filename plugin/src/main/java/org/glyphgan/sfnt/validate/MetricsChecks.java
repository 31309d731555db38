package org.glyphgan.sfnt.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks of hhea/hmtx sizes, the OS/2 version against its length, and the name IDs present. */
final class MetricsChecks {
    private static final int[][] OS2_LENGTH_BY_VERSION = {{0, 78}, {1, 86}, {2, 96}, {3, 96}, {4, 96}, {5, 100}};

    private MetricsChecks() {
    }

    static void check(SfntFile file, List<String> problems) {
        int numGlyphs = file.uint16(file.tableOffset("maxp") + 4);
        int numberOfHMetrics = file.uint16(file.tableOffset("hhea") + 34);
        if (numberOfHMetrics == 0 || numberOfHMetrics > numGlyphs) {
            problems.add("hhea.numberOfHMetrics is " + numberOfHMetrics + ", expected 1.." + numGlyphs);
        } else {
            DirectoryChecks.expect(problems, "hmtx length", file.tableLength("hmtx"),
                    4L * numberOfHMetrics + 2L * (numGlyphs - numberOfHMetrics));
        }
        checkOs2(file, problems);
        checkNames(file, problems);
    }

    private static void checkOs2(SfntFile file, List<String> problems) {
        int version = file.uint16(file.tableOffset("OS/2"));
        int length = file.tableLength("OS/2");
        for (int[] entry : OS2_LENGTH_BY_VERSION) {
            if (entry[0] == version) {
                DirectoryChecks.expect(problems, "OS/2 version " + version + " length", length, entry[1]);
                return;
            }
        }
        problems.add("OS/2 version " + version + " is unknown");
    }

    private static void checkNames(SfntFile file, List<String> problems) {
        int name = file.tableOffset("name");
        int count = file.uint16(name + 2);
        Set<Integer> windowsIds = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int record = name + 6 + i * 12;
            boolean windowsEnglish = file.uint16(record) == 3 && file.uint16(record + 2) == 1
                    && file.uint16(record + 4) == 0x409;
            if (windowsEnglish && file.uint16(record + 8) > 0) {
                windowsIds.add(file.uint16(record + 6));
            }
        }
        for (int nameId = 1; nameId <= 6; nameId++) {
            if (!windowsIds.contains(nameId)) {
                problems.add("name ID " + nameId + " is missing for (3,1,0x409)");
            }
        }
    }
}
