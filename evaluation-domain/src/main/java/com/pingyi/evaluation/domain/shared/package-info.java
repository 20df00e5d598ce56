/** Value objects and conventions shared by the whole domain: points, weights, score rates, exact arithmetic, {@link com.pingyi.evaluation.domain.shared.DomainException}. */
package com.pingyi.evaluation.domain.shared;
