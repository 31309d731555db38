package org.glyphgan.dataset;

import java.util.List;

/**
 * The header of a dataset file: everything except the glyph records.
 *
 * @param split        {@code train}, {@code validation}, {@code test} or {@code base}
 * @param sizePx       bitmap width and height in pixels
 * @param topEm        em box top above the baseline, in em
 * @param bottomEm     em box bottom, in em (negative: below the baseline)
 * @param characterSet the character set spec the glyphs were chosen from
 * @param corpusHash   lowercase hex SHA-256 over the manifest entries used and the render settings
 * @param fontIds      the fonts' manifest {@code file} paths; records refer to them by index
 * @param count        number of glyph records
 */
public record DatasetHeader(String split, int sizePx, double topEm, double bottomEm, String characterSet,
                            String corpusHash, List<String> fontIds, int count) {
    public DatasetHeader {
        fontIds = List.copyOf(fontIds);
    }
}
