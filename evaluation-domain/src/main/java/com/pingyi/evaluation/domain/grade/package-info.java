/** Grade bands and scales (档 / 等次), validated to cover 0..100 exactly once. */
package com.pingyi.evaluation.domain.grade;
