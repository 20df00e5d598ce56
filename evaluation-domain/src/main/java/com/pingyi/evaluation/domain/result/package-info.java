/** The result pipeline: per-unit results with their explanation, ranking, self-inspection gaps, year-over-year figures. */
package com.pingyi.evaluation.domain.result;
