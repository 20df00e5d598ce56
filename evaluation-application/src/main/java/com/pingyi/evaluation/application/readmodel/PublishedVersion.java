package com.pingyi.evaluation.application.readmodel;

import java.time.LocalDate;

/** One published version of a round: when, and for a correction why and how many scores it corrected. */
public record PublishedVersion(int version, LocalDate publishedOn, String correctionReason, int correctedScores) {
}
