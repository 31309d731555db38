"""Run the FontForge plugin's fast cases and print one JSON object for FontForgePluginTest.

Usage: plugin_checks.py PLUGIN_DIR PARTIAL_FONT SOURCE_FONT
       plugin_checks.py fake-glyphgan SOURCE_FONT generate ... --out FILE ...

The failure cases map to the GlyphganError message they raised, or to "no error"; the menu action
must report its error through fontforge.postError and return. The cubic case imports from a fake
glyphgan that writes SOURCE_FONT rescaled to 1000 units per em, so the result is known exactly. The
monospaced case imports from the same fake into the partial font with every advance set to 1300.
"""

import json
import os
import shutil
import sys

import fontforge

CUBIC_CHARS = "AB"
MONOSPACED_WIDTH = 1300


def main(plugin_dir, partial_font, source_font):
    sys.path.insert(0, plugin_dir)
    import glyphgan_fontforge

    font = fontforge.open(partial_font)
    empty = fontforge.font()
    empty.createChar(0x41)

    def message(run):
        try:
            run()
        except glyphgan_fontforge.GlyphganError as error:
            return str(error)
        return "no error"

    cases = {
        "missingCommand": message(lambda: glyphgan_fontforge.generate_missing(
            font, glyphgan_cmd="/nonexistent/glyphgan")),
        "failingCommand": message(lambda: glyphgan_fontforge.generate_missing(font, glyphgan_cmd="false")),
        "noSamples": message(lambda: glyphgan_fontforge.generate_missing(empty, glyphgan_cmd="false")),
    }
    os.environ.pop(glyphgan_fontforge.ENV_CMD, None)
    os.environ[glyphgan_fontforge.ENV_HOME] = plugin_dir
    cases["homeWithoutLauncher"] = message(lambda: glyphgan_fontforge.resolve_command())
    cases["cubic"] = import_into_cubic_font(glyphgan_fontforge, partial_font, source_font)
    cases["monospaced"] = import_into_monospaced_font(glyphgan_fontforge, partial_font, source_font)

    glyphgan_fontforge.resolve_command = lambda glyphgan_cmd=None: ["/nonexistent/glyphgan"]
    glyphgan_fontforge._menu_action(None, font)
    cases["menuActionReturned"] = "yes"
    print(json.dumps(cases))


def import_into_cubic_font(glyphgan_fontforge, partial_font, source_font):
    """Return, per imported character, whether the layer is cubic, the validate() state and the bbox error."""
    font = fontforge.open(partial_font)
    font.layers["Fore"].is_quadratic = False
    fake = [sys.executable, os.path.abspath(__file__), "fake-glyphgan", source_font]
    result = glyphgan_fontforge.generate_missing(font, glyphgan_cmd=fake, chars=CUBIC_CHARS)
    source = fontforge.open(source_font)
    report = {"imported": "".join(chr(cp) for cp in result.imported)}
    for char in CUBIC_CHARS:
        glyph = font[fontforge.nameFromUnicode(ord(char))]
        expected = source[fontforge.nameFromUnicode(ord(char))]
        bbox_error = max(abs(a - b) for a, b in zip(glyph.boundingBox(), expected.boundingBox()))
        report[char] = {"quadratic": glyph.foreground.is_quadratic, "validation": glyph.validate(True),
                        "bboxError": bbox_error, "widthError": abs(glyph.width - expected.width)}
    return report


def import_into_monospaced_font(glyphgan_fontforge, partial_font, source_font):
    """Return, per imported character, its advance width and side bearings in a font made monospaced."""
    # fontforge.open returns the font already open from the same file, which the cubic case changed.
    copy = os.path.splitext(partial_font)[0] + "-monospaced.sfd"
    shutil.copyfile(partial_font, copy)
    font = fontforge.open(copy)
    for glyph in font.glyphs():
        glyph.width = MONOSPACED_WIDTH
    fake = [sys.executable, os.path.abspath(__file__), "fake-glyphgan", source_font]
    result = glyphgan_fontforge.generate_missing(font, glyphgan_cmd=fake, chars=CUBIC_CHARS)
    report = {"imported": "".join(chr(cp) for cp in result.imported), "fixedWidth": result.fixed_width,
              "summary": result.summary(), "tabularDigitsOnly": tabular_digits_width(glyphgan_fontforge)}
    for char in CUBIC_CHARS:
        # createChar returns the existing glyph; font[name] crashed FontForge 20230101 on this copied font.
        glyph = font.createChar(ord(char))
        x_min, _, x_max, _ = glyph.boundingBox()
        report[char] = {"width": glyph.width, "left": x_min, "right": glyph.width - x_max}
    return report


def tabular_digits_width(glyphgan_fontforge):
    """Return the fixed width the plugin finds in a font whose only samples are digits of one width."""
    font = fontforge.font()
    font.em = 1000
    for digit in "0123456789":
        glyph = font.createChar(ord(digit))
        pen = glyph.glyphPen()
        pen.moveTo((100, 0))
        pen.lineTo((100, 700))
        pen.lineTo((400, 700))
        pen.lineTo((400, 0))
        pen.closePath()
        glyph.width = 556
    return glyphgan_fontforge._fixed_width([font.createChar(ord(d)) for d in "0123456789"])


def fake_glyphgan(source_font, arguments):
    """Write SOURCE_FONT rescaled to 1000 units per em to the --out path, like glyphgan generate."""
    font = fontforge.open(source_font)
    font.em = 1000
    font.generate(arguments[arguments.index("--out") + 1])


if __name__ == "__main__":
    if sys.argv[1] == "fake-glyphgan":
        fake_glyphgan(sys.argv[2], sys.argv[3:])
    else:
        main(*sys.argv[1:])
