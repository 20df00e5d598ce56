package com.pingyi.archfixture.domainleak.domain;

public record CleanValue(java.math.BigDecimal points, ScorePolicy policy) {
}
