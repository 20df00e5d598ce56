/** The scoring scheme: dimensions, indicators, evaluation methods, indicator kinds, measured-value rules and aggregations. */
package com.pingyi.evaluation.domain.scheme;
