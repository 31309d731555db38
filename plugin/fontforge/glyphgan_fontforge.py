"""FontForge plugin: draws a font's missing Basic Latin glyphs with glyphgan.

The open font's existing glyphs of U+0021-U+007E are the style samples. The plugin writes them to a
temporary TrueType subset, runs ``glyphgan generate --samples SUBSET`` for the missing characters,
and copies each generated outline into its empty slot, scaled to the font's em size. Glyphs that
already have outlines or references are never changed. In a monospaced font, where every sample
glyph has the same advance width, each imported glyph gets that width with its outline centred
(see :func:`generate_missing` for the rule).

Install it as a FontForge init script (copy to ``~/.config/fontforge/python/``) or as a pip-installed
plugin (entry point group ``fontforge_plugin``); see README.md next to this file. In both cases it
adds "Tools > Generate missing glyphs" to the Font view. Scripts call :func:`generate_missing`.

The glyphgan command is found in this order: the ``glyphgan_cmd`` argument, ``$GLYPHGAN_CMD``
(a shell-quoted command line), ``$GLYPHGAN_HOME/glyphgan``, ``glyphgan`` on ``PATH``.
"""

import os
import shlex
import shutil
import subprocess
import tempfile

import fontforge
import psMat

MENU_NAME = "Generate missing glyphs"
BASIC_LATIN = tuple(range(0x21, 0x7F))
"""Printable Basic Latin, U+0021-U+007E: the default characters to fill and to take samples from."""
DEFAULT_CANDIDATES = 8
"""Bitmaps drawn per character; glyphgan keeps the best usable one, so one blank draw does not lose the glyph."""
DEFAULT_TIMEOUT_S = 1800
MIN_NON_DIGIT_SAMPLES = 3
"""Samples other than digits that must share one advance width before a font counts as monospaced."""
ENV_CMD = "GLYPHGAN_CMD"
ENV_HOME = "GLYPHGAN_HOME"
ENV_ARGS = "GLYPHGAN_GENERATE_ARGS"
ENV_TIMEOUT = "GLYPHGAN_TIMEOUT_S"
ENV_CANDIDATES = "GLYPHGAN_CANDIDATES"
_STDERR_TAIL_CHARS = 2000
_COMMAND_SHOWN_CHARS = 200


class GlyphganError(Exception):
    """A failure the user can fix: a missing command, unusable samples, or a failed glyphgan run."""


class GenerationResult:
    """The outcome of :func:`generate_missing`, as lists of code points."""

    def __init__(self, imported, already_drawn, not_generated, samples, output, fixed_width=None):
        self.imported = imported
        """Code points whose empty slot received a generated outline."""
        self.already_drawn = already_drawn
        """Requested code points that already had outlines or references, left unchanged."""
        self.not_generated = not_generated
        """Requested code points that glyphgan could not draw (listed in ``output``)."""
        self.samples = samples
        """Code points exported as style samples."""
        self.output = output
        """Standard output of the glyphgan run."""
        self.fixed_width = fixed_width
        """The advance width every sample shares, given to each imported glyph; None in a proportional font."""

    def summary(self):
        """Return a short human-readable report of the run."""
        lines = ["Imported %d glyphs: %s" % (len(self.imported), _chars(self.imported))]
        if self.not_generated:
            lines.append("Not generated (%d): %s. glyphgan output:\n%s"
                         % (len(self.not_generated), _chars(self.not_generated), self.output.strip()))
        lines.append("Style samples (%d): %s" % (len(self.samples), _chars(self.samples)))
        if self.fixed_width is not None:
            lines.append("Monospaced: imported glyphs are centred on the samples' advance width of %d units."
                         % self.fixed_width)
        return "\n".join(lines)


def generate_missing(font, glyphgan_cmd=None, chars=None, extra_args=None, candidates=None, timeout_s=None):
    """Generate the characters of ``chars`` that ``font`` lacks and import them into their slots.

    ``chars`` is an iterable of code points or a string of characters (default U+0021-U+007E).
    ``glyphgan_cmd`` is a command line string or an argument list. ``extra_args`` are appended to
    ``glyphgan generate`` (default: ``$GLYPHGAN_GENERATE_ARGS``, shell-quoted), e.g. ``--model FILE``.
    ``candidates`` is the number of bitmaps drawn per character (default ``$GLYPHGAN_CANDIDATES``, else 8).
    Each changed glyph gets an undo step first, so Edit > Undo (or ``glyph.doUndoLayer()``) reverts it.
    When all samples share one advance width and three or more of them are not digits, the font is
    taken as monospaced: imported glyphs get that width, with their outlines centred on it.

    Raises GlyphganError when the command is missing or fails, or the font has no sample glyphs.
    """
    command = resolve_command(glyphgan_cmd)
    requested = _code_points(chars)
    by_code_point = _glyphs_by_code_point(font)
    already_drawn = [cp for cp in requested if cp in by_code_point and _has_content(by_code_point[cp])]
    missing = [cp for cp in requested if cp not in already_drawn]
    samples = [cp for cp in BASIC_LATIN if cp in by_code_point and _has_content(by_code_point[cp])]
    if not missing:
        return GenerationResult([], already_drawn, [], samples, "")
    if not samples:
        raise GlyphganError("Font %s has no glyph of U+0021-U+007E with outlines, so there is no style sample;"
                            " draw a few letters (for example H, n, o) first." % font.fontname)
    work_dir = tempfile.mkdtemp(prefix="glyphgan-fontforge-")
    try:
        samples_file = os.path.join(work_dir, "samples.ttf")
        generated_file = os.path.join(work_dir, "generated.ttf")
        _write_samples(font, samples, samples_file)
        output = _run_generate(command, samples_file, missing, generated_file, extra_args, candidates, timeout_s)
        fixed_width = _fixed_width([by_code_point[cp] for cp in samples])
        imported, not_generated = _import_generated(font, generated_file, missing, fixed_width)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)
    return GenerationResult(imported, already_drawn, not_generated, samples, output, fixed_width)


def resolve_command(glyphgan_cmd=None):
    """Return the glyphgan command as an argument list, from the argument or the environment."""
    if glyphgan_cmd:
        return list(glyphgan_cmd) if isinstance(glyphgan_cmd, (list, tuple)) else shlex.split(glyphgan_cmd)
    if os.environ.get(ENV_CMD):
        return shlex.split(os.environ[ENV_CMD])
    if os.environ.get(ENV_HOME):
        launcher = os.path.join(os.environ[ENV_HOME], "glyphgan")
        if not os.access(launcher, os.X_OK):
            raise GlyphganError("%s is set to %s, but %s is not an executable file; point %s at the glyphgan"
                                " checkout (the folder with the glyphgan launcher)."
                                % (ENV_HOME, os.environ[ENV_HOME], launcher, ENV_HOME))
        return [launcher]
    on_path = shutil.which("glyphgan")
    if on_path:
        return [on_path]
    raise GlyphganError("The glyphgan command was not found: set %s to the glyphgan checkout, or %s to a"
                        " command line such as 'java -cp CLASSPATH org.glyphgan.cli.GlyphganCommand',"
                        " or put glyphgan on PATH, then restart FontForge." % (ENV_HOME, ENV_CMD))


def _code_points(chars):
    if chars is None:
        return list(BASIC_LATIN)
    if isinstance(chars, str):
        return sorted({ord(c) for c in chars})
    return sorted({int(cp) for cp in chars})


def _glyphs_by_code_point(font):
    glyphs = {}
    for glyph in font.glyphs():
        if glyph.unicode >= 0:
            glyphs.setdefault(glyph.unicode, glyph)
    return glyphs


def _has_content(glyph):
    return len(glyph.foreground) > 0 or len(glyph.references) > 0


def _fixed_width(sample_glyphs):
    """Return the advance width of a monospaced font's samples, or None for a proportional font.

    The font counts as monospaced when all samples share one width and at least three of them are
    not digits: many proportional fonts have digits of one width (tabular figures). The font's
    PANOSE is no help here, because FontForge derives it from the same widths unless the designer
    set it. NOTE: some proportional designs give several letters the digit width (Liberation Sans:
    a, b, d, e, g, h, n, o, p, q, u), so samples of only such letters read as monospaced. A sample
    of i or m separates the two cases.
    """
    widths = {glyph.width for glyph in sample_glyphs}
    non_digits = [glyph for glyph in sample_glyphs if not 0x30 <= glyph.unicode <= 0x39]
    return widths.pop() if len(widths) == 1 and len(non_digits) >= MIN_NON_DIGIT_SAMPLES else None


def _chars(code_points):
    return " ".join(chr(cp) for cp in code_points) if code_points else "none"


# --- samples -------------------------------------------------------------------------------------

def _write_samples(font, samples, path):
    """Write the sample glyphs, references flattened to outlines, as a TrueType font at ``path``."""
    subset = fontforge.font()
    try:
        subset.em = font.em
        subset.ascent = font.ascent
        subset.descent = font.descent
        subset.fontname = "GlyphganSamples"
        subset.familyname = "Glyphgan Samples"
        subset.fullname = "Glyphgan Samples"
        glyphs = _glyphs_by_code_point(font)
        for cp in samples:
            source = glyphs[cp]
            target = subset.createChar(cp)
            target.foreground = _flattened_layer(font, source, 0)
            target.width = source.width
        subset.generate(path, flags=("omit-instructions",))
    finally:
        subset.close()


def _flattened_layer(font, glyph, depth):
    """Return the glyph's foreground with its references drawn in as outlines, as a copy."""
    layer = glyph.foreground.dup()
    if depth > 16:
        raise GlyphganError("Glyph %s has references nested more than 16 deep (a reference cycle?);"
                            " unlink them (Edit > Unlink Reference) and try again." % glyph.glyphname)
    for name, matrix in _references(glyph):
        if name in font:
            part = _flattened_layer(font, font[name], depth + 1)
            part.transform(matrix)
            layer += part
    return layer


def _references(glyph):
    # Each reference tuple starts with the referenced glyph's name and a transformation matrix.
    return [(ref[0], ref[1]) for ref in glyph.references]


# --- the glyphgan run ----------------------------------------------------------------------------

def _run_generate(command, samples_file, missing, generated_file, extra_args, candidates, timeout_s):
    if candidates is None:
        candidates = int(os.environ.get(ENV_CANDIDATES, DEFAULT_CANDIDATES))
    chars_spec = ",".join("U+%04X" % cp for cp in missing)
    if extra_args is None:
        extra_args = shlex.split(os.environ.get(ENV_ARGS, ""))
    arguments = list(command) + ["generate", "--samples", samples_file, "--chars", chars_spec,
                                 "--candidates", str(candidates), "--out", generated_file,
                                 "--no-validate"] + list(extra_args)
    if timeout_s is None:
        timeout_s = float(os.environ.get(ENV_TIMEOUT, DEFAULT_TIMEOUT_S))
    try:
        completed = subprocess.run(arguments, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, timeout=timeout_s, check=False)
    except FileNotFoundError:
        raise GlyphganError("Cannot run %s: no such program; set %s or %s to a working glyphgan."
                            % (command[0], ENV_HOME, ENV_CMD)) from None
    except PermissionError:
        raise GlyphganError("Cannot run %s: it is not executable; fix its permissions or set %s."
                            % (command[0], ENV_CMD)) from None
    except subprocess.TimeoutExpired:
        raise GlyphganError("glyphgan generate timed out after %g s; set %s to a larger number of seconds."
                            % (timeout_s, ENV_TIMEOUT)) from None
    if completed.returncode != 0:
        raise GlyphganError("glyphgan generate failed with exit status %d (command: %s):\n%s"
                            % (completed.returncode, shlex.join(command)[:_COMMAND_SHOWN_CHARS],
                               _tail(completed.stderr or completed.stdout) or "(no output)"))
    if not os.path.isfile(generated_file):
        raise GlyphganError("glyphgan generate exited normally but wrote no font at %s:\n%s"
                            % (generated_file, _tail(completed.stdout)))
    return completed.stdout


def _tail(text):
    text = (text or "").strip()
    return text if len(text) <= _STDERR_TAIL_CHARS else "..." + text[-_STDERR_TAIL_CHARS:]


# --- import --------------------------------------------------------------------------------------

def _import_generated(font, generated_file, missing, fixed_width):
    """Copy each generated glyph of ``missing`` into ``font`` and return the lists (imported, not generated).

    With ``fixed_width``, each glyph gets that advance width and its outline is centred on it.
    """
    generated = fontforge.open(generated_file)
    try:
        scale = font.em / float(generated.em)
        cubic = not font.layers["Fore"].is_quadratic
        sources = _glyphs_by_code_point(generated)
        imported, not_generated = [], []
        for cp in missing:
            source = sources.get(cp)
            if source is None or len(source.foreground) == 0:
                not_generated.append(cp)
                continue
            if _import_glyph(font, cp, source, scale, cubic, fixed_width):
                imported.append(cp)
    finally:
        generated.close()
    return imported, not_generated


def _import_glyph(font, cp, source, scale, cubic, fixed_width):
    target = font.createChar(cp)
    if _has_content(target):
        return False  # Something filled the slot after the check, and a drawing is never overwritten.
    layer = source.foreground.dup()
    layer.transform(psMat.scale(scale))
    if cubic:
        layer.is_quadratic = False
    target.preserveLayerAsUndo()
    target.foreground = layer
    target.width = int(round(source.width * scale))
    if fixed_width is not None:
        # The glyph's bounding box follows the curves; a layer's counts its control points too.
        x_min, _, x_max, _ = target.boundingBox()
        centred = target.foreground
        centred.transform(psMat.translate(round((fixed_width - (x_max - x_min)) / 2.0 - x_min), 0))
        target.foreground = centred
        target.width = fixed_width
    target.round()
    return True


# --- FontForge user interface --------------------------------------------------------------------

def _menu_action(data, font):
    try:
        result = generate_missing(font)
    except GlyphganError as error:
        fontforge.postError(MENU_NAME, str(error))
        return
    except Exception as error:  # a bug must show a dialog, not end the FontForge session
        fontforge.postError(MENU_NAME, "Unexpected error (%s): %s" % (type(error).__name__, error))
        return
    fontforge.postNotice(MENU_NAME, result.summary())


def _menu_enabled(data, font):
    return font is not None


_registered = False


def register_menu():
    """Add "Tools > Generate missing glyphs" to the Font view; a no-op without a user interface."""
    global _registered
    if _registered or not fontforge.hasUserInterface():
        return
    fontforge.registerMenuItem(_menu_action, _menu_enabled, None, "Font", None, MENU_NAME)
    _registered = True


def fontforge_plugin_init(**kwargs):
    """Entry point of the ``fontforge_plugin`` group, called once when FontForge loads the plugin."""
    register_menu()


register_menu()
