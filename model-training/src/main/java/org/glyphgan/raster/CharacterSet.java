package org.glyphgan.raster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ordered set of code points to render. Parsed from a spec of comma-separated parts:
 * {@code basic} (printable Basic Latin U+0021–U+007E), {@code latin1} (basic plus the Latin-1
 * letters U+00C0–U+00FF without × and ÷), a range {@code U+0041-U+005A}, a single {@code U+00C5},
 * or literal characters such as {@code ABCabc}. A literal comma is written {@code U+002C}.
 *
 * @param spec       the spec the set was parsed from (part of the dataset corpus hash)
 * @param codePoints ascending, without duplicates
 */
public record CharacterSet(String spec, List<Integer> codePoints) {
    public static final int BASIC_FIRST = 0x21;
    public static final int BASIC_LAST = 0x7E;
    public static final int LATIN1_LETTERS_FIRST = 0xC0;
    public static final int LATIN1_LETTERS_LAST = 0xFF;
    /** Largest range accepted, so a typo like U+0000-U+10FFFF cannot exhaust memory. */
    public static final int MAX_CODE_POINTS = 65536;
    private static final int MULTIPLICATION_SIGN = 0xD7;
    private static final int DIVISION_SIGN = 0xF7;
    private static final Pattern RANGE = Pattern.compile("U\\+([0-9A-F]{1,6})(?:-U\\+([0-9A-F]{1,6}))?");

    public CharacterSet {
        codePoints = List.copyOf(codePoints);
        if (codePoints.isEmpty()) {
            throw new IllegalArgumentException("Character set '" + spec + "' is empty");
        }
    }

    public static CharacterSet basic() {
        return parse("basic");
    }

    public static CharacterSet latin1() {
        return parse("latin1");
    }

    public int size() {
        return codePoints.size();
    }

    public boolean contains(int codePoint) {
        return codePoints.contains(codePoint);
    }

    /** Writes {@code codePoints} as a spec of ranges, such as {@code U+0021-U+007E,U+00C5}. */
    public static String specOf(java.util.Collection<Integer> codePoints) {
        List<String> parts = new ArrayList<>();
        Integer first = null;
        int last = 0;
        for (int codePoint : new TreeSet<>(codePoints)) {
            if (first != null && codePoint == last + 1) {
                last = codePoint;
                continue;
            }
            if (first != null) {
                parts.add(rangeSpec(first, last));
            }
            first = codePoint;
            last = codePoint;
        }
        if (first != null) {
            parts.add(rangeSpec(first, last));
        }
        return String.join(",", parts);
    }

    private static String rangeSpec(int first, int last) {
        return first == last ? String.format("U+%04X", first) : String.format("U+%04X-U+%04X", first, last);
    }

    /** Parses a spec such as {@code basic}, {@code latin1}, {@code U+0041-U+005A,abc}. */
    public static CharacterSet parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("Character set spec is empty; use basic, latin1, a range like"
                    + " U+0041-U+005A or literal characters");
        }
        TreeSet<Integer> points = new TreeSet<>();
        for (String part : spec.split(",", -1)) {
            addPart(part, spec, points);
        }
        return new CharacterSet(spec, new ArrayList<>(points));
    }

    private static void addPart(String part, String spec, TreeSet<Integer> points) {
        String name = part.strip().toLowerCase(Locale.ROOT);
        Matcher range = RANGE.matcher(part.strip().toUpperCase(Locale.ROOT));
        if (part.isEmpty()) {
            throw new IllegalArgumentException("Character set spec '" + spec + "' has an empty part;"
                    + " write a literal comma as U+002C");
        } else if (name.equals("basic")) {
            addRange(points, BASIC_FIRST, BASIC_LAST);
        } else if (name.equals("latin1")) {
            addRange(points, BASIC_FIRST, BASIC_LAST);
            addRange(points, LATIN1_LETTERS_FIRST, LATIN1_LETTERS_LAST);
            points.remove(MULTIPLICATION_SIGN);
            points.remove(DIVISION_SIGN);
        } else if (range.matches()) {
            int first = Integer.parseInt(range.group(1), 16);
            int last = range.group(2) == null ? first : Integer.parseInt(range.group(2), 16);
            if (first > last || last > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("Character range '" + part.strip() + "' in '" + spec
                        + "' is invalid: the first code point must not exceed the last, and both at most U+10FFFF");
            }
            addRange(points, first, last);
        } else {
            part.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(points::add);
        }
    }

    private static void addRange(TreeSet<Integer> points, int first, int last) {
        if (last - first + 1 > MAX_CODE_POINTS) {
            throw new IllegalArgumentException(String.format("Character range U+%04X-U+%04X has %d code points,"
                    + " more than the limit of %d", first, last, last - first + 1, MAX_CODE_POINTS));
        }
        for (int codePoint = first; codePoint <= last; codePoint++) {
            points.add(codePoint);
        }
    }
}
