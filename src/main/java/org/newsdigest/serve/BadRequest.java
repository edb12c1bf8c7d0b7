package org.newsdigest.serve;

/** A request the preview answers with an error status and a one-line plain-text body, then closes. */
final class BadRequest extends Exception {

    private final int status;

    BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
