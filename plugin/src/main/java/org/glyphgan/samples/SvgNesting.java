package org.glyphgan.samples;

/**
 * Measures how deeply an SVG's elements nest, before any XML parser or DOM walker reads the text.
 * {@code SafeSvgReader} walks the tree recursively, so a 2 MB file of 200,000 nested {@code <g>}
 * elements overflowed its stack in a test.
 */
final class SvgNesting {
    /** Deepest nesting accepted; a glyph drawing from an editor nests a few levels. */
    static final int MAX_DEPTH = 256;

    private SvgNesting() {
    }

    /**
     * Returns the maximum element depth. Comments, CDATA, declarations and processing
     * instructions are skipped; quoted attribute values may contain '>' and '/'.
     */
    static int maxDepth(String svg) {
        int depth = 0;
        int maxDepth = 0;
        int i = 0;
        int length = svg.length();
        while (i < length) {
            int open = svg.indexOf('<', i);
            if (open < 0 || open + 1 >= length) {
                break;
            }
            char next = svg.charAt(open + 1);
            if (next == '!' || next == '?') {
                i = skipMarkup(svg, open);
            } else if (next == '/') {
                depth--;
                i = open + 2;
            } else {
                int end = tagEnd(svg, open + 1);
                if (end < 0) {
                    break;
                }
                if (svg.charAt(end - 1) != '/') {
                    depth++;
                    maxDepth = Math.max(maxDepth, depth);
                }
                i = end + 1;
            }
        }
        return maxDepth;
    }

    private static int skipMarkup(String svg, int open) {
        String terminator = svg.startsWith("<!--", open) ? "-->" : svg.startsWith("<![CDATA[", open) ? "]]>" : ">";
        int end = svg.indexOf(terminator, open + 2);
        return end < 0 ? svg.length() : end + terminator.length();
    }

    /** Index of the '>' that closes the tag starting before {@code from}, skipping quoted values. */
    private static int tagEnd(String svg, int from) {
        char quote = 0;
        for (int i = from; i < svg.length(); i++) {
            char c = svg.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }
}
