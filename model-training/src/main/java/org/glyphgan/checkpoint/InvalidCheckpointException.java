package org.glyphgan.checkpoint;

import java.io.IOException;

/** A checkpoint file that is truncated, corrupt or not a glyphgan checkpoint. */
public class InvalidCheckpointException extends IOException {
    public InvalidCheckpointException(String message) {
        super(message);
    }

    public InvalidCheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
