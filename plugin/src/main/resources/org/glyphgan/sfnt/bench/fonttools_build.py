"""Builds the benchmark glyph set with fontTools' FontBuilder and prints the median write time.

Usage: python3 fonttools_build.py GLYPHS.json OUT.ttf ITERATIONS
The timed part is building the font object from the parsed JSON and saving it; interpreter
start-up and imports are not timed.
"""
import json
import statistics
import sys
import time

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen


def draw(pen, contours):
    for contour in contours:
        pen.moveTo(tuple(contour["start"]))
        for segment in contour["segments"]:
            if len(segment) == 2:
                pen.lineTo(tuple(segment))
            else:
                pen.qCurveTo(tuple(segment[0:2]), tuple(segment[2:4]))
        pen.closePath()


def build(data, path):
    glyphs = data["glyphs"]
    builder = FontBuilder(data["unitsPerEm"], isTTF=True)
    builder.setupGlyphOrder([glyph["name"] for glyph in glyphs])
    builder.setupCharacterMap({cp: glyph["name"] for glyph in glyphs for cp in glyph["codePoints"]})
    outlines = {}
    for glyph in glyphs:
        pen = TTGlyphPen(None)
        draw(pen, glyph["contours"])
        outlines[glyph["name"]] = pen.glyph()
    builder.setupGlyf(outlines)
    glyf = builder.font["glyf"]
    builder.setupHorizontalMetrics(
        {glyph["name"]: (glyph["advanceWidth"], getattr(glyf[glyph["name"]], "xMin", 0)) for glyph in glyphs})
    builder.setupHorizontalHeader(ascent=data["ascender"], descent=data["descender"])
    builder.setupNameTable({"familyName": "Benchmark", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=data["ascender"], sTypoDescender=data["descender"],
                     usWinAscent=data["ascender"], usWinDescent=-data["descender"])
    builder.setupPost()
    builder.save(path)


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        data = json.load(handle)
    iterations = int(sys.argv[3])
    build(data, sys.argv[2])  # warm-up
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        build(data, sys.argv[2])
        times.append((time.perf_counter() - start) * 1000.0)
    print("median_ms=%.3f" % statistics.median(times))


main()
