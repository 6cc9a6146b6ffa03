package org.foodtrace.api.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The domain's text rule ({@link org.foodtrace.core.shared.Text}) checked at the edge, so it is a 400. */
public class TextValidator implements ConstraintValidator<Text, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || (value.length() <= org.foodtrace.core.shared.Text.MAX_LENGTH
                && value.chars().noneMatch(Character::isISOControl)
                && !org.foodtrace.core.shared.Text.hasLoneSurrogate(value));
    }
}
