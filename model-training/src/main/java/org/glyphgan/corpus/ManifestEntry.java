package org.glyphgan.corpus;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One font file of the corpus, as listed in {@code fonts/manifest.json}.
 *
 * @param file    path relative to the fonts folder; also the font's id in datasets
 * @param family  family name, e.g. {@code DejaVu Sans}
 * @param style   style name, e.g. {@code Regular}, {@code Bold Italic}
 * @param kind    {@code serif}, {@code sans}, {@code slab}, {@code mono}, {@code script} or {@code display}
 * @param license SPDX-style licence id
 * @param source  the package the file came from, with its version
 * @param sha256  lowercase hex SHA-256 of the file
 * @param split   {@code train}, {@code validation} or {@code test}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestEntry(String file, String family, String style, String kind, String license,
                            String source, String sha256, String split) {
}
