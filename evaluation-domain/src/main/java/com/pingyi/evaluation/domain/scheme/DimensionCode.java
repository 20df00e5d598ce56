package com.pingyi.evaluation.domain.scheme;

import com.pingyi.evaluation.domain.shared.DomainException;

/** The code of a dimension (评议重点 / 一级指标), unique within a scheme, e.g. {@code D1}. */
public record DimensionCode(String value) {

    public DimensionCode {
        if (value == null || !IndicatorCode.FORMAT.matcher(value).matches()) {
            throw new DomainException("code.malformed", String.valueOf(value), IndicatorCode.FORMAT.pattern());
        }
    }

    public static DimensionCode of(String value) {
        return new DimensionCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
