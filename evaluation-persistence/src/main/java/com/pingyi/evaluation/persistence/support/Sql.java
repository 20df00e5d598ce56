package com.pingyi.evaluation.persistence.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Small JDBC helpers shared by the adapters that write with plain JDBC: typed nulls (PostgreSQL
 * needs a type for a null parameter) and exact decimals kept at their own scale.
 *
 * <p>A decimal the domain keeps at the scale it was typed with (a measured 96.5, a target of 100,
 * a band bound of 90) is stored as a {@code numeric(38, 12)} value plus its scale, and read back at
 * that scale, so the restored value equals the original exactly (BigDecimal equality is
 * scale-sensitive). More than 12 decimal places cannot be stored exactly and is refused.
 */
public final class Sql {

    public static final int EXACT_MAX_SCALE = 12;

    private Sql() {
    }

    public static void uuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.OTHER);
        } else {
            ps.setObject(index, value);
        }
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    public static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    public static void bool(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    public static void integer(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setDate(index, Date.valueOf(value));
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date value = rs.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** A decimal whose scale the column fixes (points at 2, weights at 2). */
    public static void decimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NUMERIC);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    /** Binds an exact decimal to two parameters: the value and its scale. */
    public static void exact(PreparedStatement ps, int valueIndex, int scaleIndex, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(valueIndex, Types.NUMERIC);
            ps.setNull(scaleIndex, Types.INTEGER);
            return;
        }
        if (value.scale() > EXACT_MAX_SCALE) {
            throw new IllegalArgumentException("cannot store " + value.toPlainString() + " exactly: more than "
                    + EXACT_MAX_SCALE + " decimal places");
        }
        ps.setBigDecimal(valueIndex, value);
        ps.setInt(scaleIndex, value.scale());
    }

    /** Reads an exact decimal back at the scale it was stored with. */
    public static BigDecimal exact(ResultSet rs, String valueColumn, String scaleColumn) throws SQLException {
        BigDecimal value = rs.getBigDecimal(valueColumn);
        if (value == null) {
            return null;
        }
        return value.setScale(rs.getInt(scaleColumn), RoundingMode.UNNECESSARY);
    }
}
