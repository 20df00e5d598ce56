/** Recorded scores and what checks them: the score book, completeness before closing, expert spread, scorers. */
package com.pingyi.evaluation.domain.score;
