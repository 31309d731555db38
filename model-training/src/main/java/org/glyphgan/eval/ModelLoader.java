package org.glyphgan.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.glyphgan.gan.StyleModel;

/** Reads a trained generator from a file; the evaluate command takes one to stay format-neutral. */
@FunctionalInterface
public interface ModelLoader {
    StyleModel load(Path file) throws IOException;
}
