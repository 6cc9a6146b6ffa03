/**
 * Every 4xx and 5xx answer as RFC 9457 {@code application/problem+json}: rule refusals with their stable
 * {@code code}, malformed input with {@code violations}, and the answers of the servlet container and the
 * security filter chain in the same shape.
 */
package org.foodtrace.api.error;
