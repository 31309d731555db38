"""Fill a partial font with the FontForge plugin and write a JSON report for FontForgePluginTest.

Usage: fill_partial_font.py PLUGIN_DIR SOURCE_FONT WORK_DIR MODEL_ZIP KEPT_CHARS CANDIDATES

Keeps only KEPT_CHARS of SOURCE_FONT, saves that as WORK_DIR/partial.sfd, reopens it, runs
generate_missing on it, and writes WORK_DIR/report.json and WORK_DIR/filled.ttf. The glyphgan
command comes from $GLYPHGAN_CMD.
"""

import json
import os
import statistics
import sys

import fontforge


def main(plugin_dir, source_font, work_dir, model_zip, kept_chars, candidates):
    sys.path.insert(0, plugin_dir)
    import glyphgan_fontforge

    partial_file = os.path.join(work_dir, "partial.sfd")
    write_partial(source_font, {ord(c) for c in kept_chars}, partial_file)
    font = fontforge.open(partial_file)
    drawn_before = {cp: points(glyph) for cp, glyph in by_code_point(font).items() if has_content(glyph)}

    result = glyphgan_fontforge.generate_missing(font, extra_args=["--model", model_zip],
                                                 candidates=int(candidates))

    glyphs = by_code_point(font)
    report = {
        "imported": result.imported,
        "notGenerated": result.not_generated,
        "samples": result.samples,
        "withoutOutlines": [cp for cp in basic_latin() if cp not in glyphs or not has_content(glyphs[cp])],
        "keptChanged": [cp for cp, before in drawn_before.items() if points(glyphs[cp]) != before],
        "validation": {str(cp): glyphs[cp].validate(True) for cp in result.imported},
        "capHeightRatio": cap_height_ratio(glyphs, result.imported),
        "undo": check_undo(glyphs[result.imported[0]]) if result.imported else "nothing imported",
        "output": result.output,
    }
    font.generate(os.path.join(work_dir, "filled.ttf"))
    with open(os.path.join(work_dir, "report.json"), "w") as out:
        json.dump(report, out, indent=1)


def basic_latin():
    return range(0x21, 0x7F)


def cap_height_ratio(glyphs, imported):
    """Return the median top of the imported capitals over the top of the sample H."""
    tops = [glyphs[cp].boundingBox()[3] for cp in imported if 0x41 <= cp <= 0x5A]
    return statistics.median(tops) / glyphs[0x48].boundingBox()[3] if tops else 0.0


def write_partial(source_font, sample_code_points, path):
    font = fontforge.open(source_font)
    for glyph in list(font.glyphs()):
        if glyph.unicode not in sample_code_points and glyph.glyphname != ".notdef":
            font.removeGlyph(glyph)
    font.save(path)
    font.close()


def by_code_point(font):
    return {glyph.unicode: glyph for glyph in font.glyphs() if glyph.unicode >= 0}


def has_content(glyph):
    return len(glyph.foreground) > 0 or len(glyph.references) > 0


def points(glyph):
    return [[(p.x, p.y, p.on_curve) for p in contour] for contour in glyph.foreground] + [glyph.width]


def check_undo(glyph):
    """Return "ok" when undo empties the imported glyph and redo restores it, else what went wrong."""
    before = points(glyph)
    glyph.doUndoLayer()
    if len(glyph.foreground) != 0:
        return "undo left %d contours in %s" % (len(glyph.foreground), glyph.glyphname)
    glyph.doUndoLayer(glyph.activeLayer, True)
    if points(glyph) != before:
        return "redo did not restore the outline of %s" % glyph.glyphname
    return "ok"


if __name__ == "__main__":
    main(*sys.argv[1:])
