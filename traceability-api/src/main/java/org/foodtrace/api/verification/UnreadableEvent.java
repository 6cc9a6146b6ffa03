package org.foodtrace.api.verification;

/**
 * Stands in for a stored event whose payload no longer deserializes (its bytes were changed into something that
 * is not a valid event); it never matches the stored hash.
 */
record UnreadableEvent(String payloadType, String problem) {
}
