"""Builds the benchmark glyph set in FontForge and times font.generate, printing the median.

Usage: python3 fontforge_generate.py GLYPHS.json OUT.ttf ITERATIONS
The timed part is creating the font from the parsed JSON (quadratic layer) and generating the
TTF; interpreter start-up and imports are not timed.
"""
import json
import statistics
import sys
import time

import fontforge


def build(data, path):
    font = fontforge.font()
    font.em = data["unitsPerEm"]
    font.ascent = data["ascender"]
    font.descent = -data["descender"]
    font.familyname = "Benchmark"
    font.fontname = "Benchmark-Regular"
    font.fullname = "Benchmark"
    font.layers["Fore"].is_quadratic = True
    for glyph in data["glyphs"]:
        code = glyph["codePoints"][0] if glyph["codePoints"] else -1
        char = font.createChar(code, glyph["name"])
        pen = char.glyphPen()
        for contour in glyph["contours"]:
            pen.moveTo(tuple(contour["start"]))
            for segment in contour["segments"]:
                if len(segment) == 2:
                    pen.lineTo(tuple(segment))
                else:
                    pen.qCurveTo(tuple(segment[0:2]), tuple(segment[2:4]))
            pen.closePath()
        pen = None
        char.width = glyph["advanceWidth"]
    font.generate(path)
    font.close()


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
