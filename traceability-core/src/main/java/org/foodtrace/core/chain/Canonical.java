package org.foodtrace.core.chain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical form of an event: compact JSON that depends only on the event's values, never on field order or
 * serializer settings. Records are objects of their components with keys sorted by code point; members whose
 * value is null are left out; numbers are plain decimals without trailing zeros ({@code 120.5}, {@code 10},
 * {@code 0}); enums are their names; {@link LocalDate} is {@code 2026-11-20} and {@link Instant} is ISO-8601 UTC
 * as {@link Instant#toString()} writes it; lists are arrays; strings escape only the quote, the backslash and
 * control characters (the short forms for backspace, form feed, newline, carriage return and tab; other control
 * characters and DEL as a lowercase six-character unicode escape). This is what {@code jq -cS} prints for the
 * stored JSON once nulls are dropped and numbers normalised (docs/tamper-evidence.md).
 */
public final class Canonical {

    /** Each record type's components, sorted by name once. */
    private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents())
                    .sorted(Comparator.comparing(RecordComponent::getName))
                    .toList();
        }
    };

    private Canonical() {
    }

    public static String json(Object value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Boolean flag) {
            out.append(flag);
        } else if (value instanceof BigDecimal number) {
            out.append(plain(number));
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            out.append(value);
        } else if (value instanceof Double || value instanceof Float) {
            out.append(plain(new BigDecimal(value.toString())));
        } else if (value instanceof Enum<?> constant) {
            string(constant.name(), out);
        } else if (value instanceof Instant || value instanceof LocalDate) {
            string(value.toString(), out);
        } else if (value instanceof Collection<?> items) {
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                out.append(first ? "" : ",");
                write(item, out);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, member) -> sorted.put(String.valueOf(key), member));
            object(sorted, out);
        } else if (value.getClass().isRecord()) {
            record(value, out);
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    private static void record(Object record, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            Object value;
            try {
                value = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
            if (value == null) {
                continue;
            }
            out.append(first ? "" : ",");
            string(component.getName(), out);
            out.append(':');
            write(value, out);
            first = false;
        }
        out.append('}');
    }

    private static void object(Map<String, Object> members, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> member : members.entrySet()) {
            if (member.getValue() == null) {
                continue;
            }
            out.append(first ? "" : ",");
            string(member.getKey(), out);
            out.append(':');
            write(member.getValue(), out);
            first = false;
        }
        out.append('}');
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
