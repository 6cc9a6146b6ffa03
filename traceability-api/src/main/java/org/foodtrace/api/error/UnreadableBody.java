package org.foodtrace.api.error;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Says, in words of the API rather than of the parser, which member of an unreadable JSON body is wrong:
 * malformed JSON, a value of the wrong type, an unknown enum constant, a non-finite number.
 */
public final class UnreadableBody {

    static final String BODY = "body";

    private UnreadableBody() {
    }

    public static Violation describe(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) {
            return new Violation(BODY, "a JSON body is required");
        }
        String field = path(jackson);
        if (jackson instanceof StreamReadException) {
            return new Violation(withCurrentName(field, jackson),
                    "is not well-formed JSON (numbers must be finite, strings quoted)");
        }
        if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return new Violation(field, "must be one of " + constants(invalid.getTargetType()));
        }
        if (jackson instanceof ValueInstantiationException) {
            return new Violation(field, "has an invalid value");
        }
        if (jackson instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            Class<?> target = mismatched.getTargetType();
            if (target.isEnum()) {
                return new Violation(field, "must be one of " + constants(target));
            }
            return new Violation(field, "must be " + describe(target));
        }
        return new Violation(field, "has an invalid value");
    }

    private static String path(JacksonException jackson) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    /** A syntax error inside a member's value: the parser knows the member's name, the path only its parent. */
    private static String withCurrentName(String field, JacksonException jackson) {
        if (jackson.processor() instanceof JsonParser parser) {
            String name = parser.currentName();
            if (name != null && !field.endsWith(name)) {
                return BODY.equals(field) ? name : field + "." + name;
            }
        }
        return field;
    }

    private static String describe(Class<?> target) {
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a finite number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target.getName().startsWith("java.time.")) {
            return "an ISO-8601 " + (target.getSimpleName().equals("LocalDate") ? "date (2026-11-23)"
                    : "instant (2026-11-23T08:00:00Z)");
        }
        return "an object";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining(", ", "[", "]"));
    }

    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
