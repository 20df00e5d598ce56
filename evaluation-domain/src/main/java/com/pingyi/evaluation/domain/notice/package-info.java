/** The published notice as a structured model, its composition from the data, and the cross-check before publication. */
package com.pingyi.evaluation.domain.notice;
