/**
 * Signed trace codes (offline check): an Ed25519 signature over (trace code, product, head hash of the batch's
 * hash chain), carried in the QR code's link, and the public keys to check it with, current and retired.
 */
package org.foodtrace.api.signing;
