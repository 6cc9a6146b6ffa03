/**
 * Bearer-token authentication: the regulator's token from configuration, each operator's token issued once
 * at registration and kept only as its SHA-256 hash; the roles each endpoint needs; 401 and 403 as problem+json.
 */
package org.foodtrace.api.security;
