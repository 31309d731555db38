"""Run the FontForge plugin's failure cases and print one JSON object for FontForgePluginTest.

Usage: plugin_errors.py PLUGIN_DIR SAMPLE_FONT

Each case maps to the GlyphganError message it raised, or to "no error". The menu action must
report the error through fontforge.postError and return instead of raising.
"""

import json
import os
import sys

import fontforge


def main(plugin_dir, sample_font):
    sys.path.insert(0, plugin_dir)
    import glyphgan_fontforge

    font = fontforge.open(sample_font)
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
    glyphgan_fontforge.resolve_command = lambda glyphgan_cmd=None: ["/nonexistent/glyphgan"]
    glyphgan_fontforge._menu_action(None, font)
    cases["menuActionReturned"] = "yes"
    print(json.dumps(cases))


if __name__ == "__main__":
    main(*sys.argv[1:])
