package org.foodtrace.api.error;

import java.io.IOException;

/** Thrown while reading a request body that grew past the limit; answered with 413. */
public class BodyTooLargeException extends IOException {

    public BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
    }
}
