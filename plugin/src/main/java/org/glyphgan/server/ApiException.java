package org.glyphgan.server;

/** A request the service rejects: the HTTP status and a message for the client. */
public class ApiException extends RuntimeException {
    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
