package org.foodtrace.projections.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between domain time values and PostgreSQL {@code timestamptz} / {@code date} columns. */
public final class Columns {

    private Columns() {
    }

    /** An instant as a {@code timestamptz} parameter (UTC). */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The enum constant named in {@code column}, or null when the column is null. */
    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** The name of an enum constant as a parameter, or null. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
