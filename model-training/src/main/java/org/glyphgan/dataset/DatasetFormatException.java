package org.glyphgan.dataset;

import java.io.IOException;

/** A dataset file that is truncated, damaged, of another format or of an unsupported version. */
public class DatasetFormatException extends IOException {
    public DatasetFormatException(String message) {
        super(message);
    }

    public DatasetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
