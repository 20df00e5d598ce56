package com.pingyi.archfixture.domainleak.domain;

/** Breach: a Spring stereotype in the domain. */
@org.springframework.stereotype.Service
public class ScorePolicy {

    public java.math.BigDecimal cap(java.math.BigDecimal points) {
        return points.min(java.math.BigDecimal.TEN);
    }
}
