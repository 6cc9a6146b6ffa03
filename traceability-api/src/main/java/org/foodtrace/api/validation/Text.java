package org.foodtrace.api.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Free text: at most 200 characters, no control characters, no lone surrogates (null is left to
 * {@code @NotNull}/{@code @NotBlank}).
 */
@Documented
@Constraint(validatedBy = TextValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Text {

    String message() default "must be at most 200 characters without control characters or lone surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
