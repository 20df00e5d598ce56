/** Evaluated units (被评议单位), their identity across years and withdrawals from a round. */
package com.pingyi.evaluation.domain.unit;
