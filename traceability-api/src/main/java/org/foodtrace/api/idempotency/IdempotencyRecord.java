package org.foodtrace.api.idempotency;

import java.security.MessageDigest;

/** What is kept under one caller's key: the hash of the first request and the answer it got. */
public record IdempotencyRecord(byte[] requestHash, StoredResponse response) {

    public boolean sameRequest(byte[] otherHash) {
        return MessageDigest.isEqual(requestHash, otherHash);
    }
}
