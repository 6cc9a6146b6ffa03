/** Bean Validation constraints of the request bodies: the text rule, UUID text, quantities. */
package org.foodtrace.api.validation;
