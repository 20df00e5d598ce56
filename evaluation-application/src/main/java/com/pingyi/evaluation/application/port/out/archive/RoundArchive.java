package com.pingyi.evaluation.application.port.out.archive;

import java.util.List;

/**
 * A whole round as a file keeps it: a backup and a transfer format. Plain values only (ids, codes and
 * dates as text, every decimal as a decimal string, never a binary number), so that no codec can change
 * a score. Lists are in a fixed order, so that two exports of the same round are the same file.
 * Components are in the order the file shows them; {@code null} means absent.
 */
public record RoundArchive(String format, Integer formatVersion, Round round, Settings settings, List<Dimension> scheme,
        List<Band> gradeBands, List<Unit> registry, List<Unit> units, List<Withdrawal> withdrawals, List<Scorer> scorers,
        List<Score> scores, List<Finding> findings, List<Rectification> rectifications,
        List<Rectification> carriedRectifications, List<Amendment> amendments, List<Publication> publications,
        List<Result> results) {

    /** The value of {@code format} in every archive. */
    public static final String FORMAT = "pingyi-round";
    /** The version of the format this build writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public record Round(String id, Integer year, String title, String status, String clonedFrom) {
    }

    public record Settings(Integer displayPrecision, String spreadLimit, NoticeSettings notice) {
    }

    public record NoticeSettings(String title, String addressee, String basisDocumentNumber, String basisDocumentTitle,
            String programme, String attachmentSubject, String issuer) {
    }

    public record Dimension(String code, String name, String weight, List<Indicator> indicators) {
    }

    /**
     * kind: POINTS, MEASURED, DEDUCTION, VETO or BONUS; rule (MEASURED only): LINEAR, AT_LEAST, AT_MOST or
     * YES_NO with its target or threshold in ruleValue; bonusThreshold (BONUS only) on the 0..100 scale.
     */
    public record Indicator(String code, String name, String max, String method, String aggregation, String kind,
            String rule, String ruleValue, String bonusThreshold) {
    }

    public record Band(String label, String lower, Boolean lowerInclusive, String upper, Boolean upperInclusive,
            Boolean named) {
    }

    /** A unit by its registry code (its id across years), its name and the units it succeeded. */
    public record Unit(String code, String name, List<String> predecessors) {
    }

    public record Withdrawal(String unit, String reason, String on) {
    }

    /** kind: EXPERT or UNIT_CONTACT. */
    public record Scorer(String id, String name, String kind, List<Assignment> assignments, List<String> affiliations) {
    }

    public record Assignment(String unit, String dimension) {
    }

    /**
     * One recorded entry. type: VERIFIED (scorer, points), SELF_INSPECTED (points), MEASURED (value: a decimal,
     * YES or NO), VETO (passed, note), VIOLATION (points, note) or NOT_APPLICABLE (note: the reason).
     */
    public record Score(String type, String unit, String indicator, String scorer, String points, String value,
            Boolean passed, String note) {
    }

    /** reference: a decimal, YES or NO. */
    public record Statistic(String indicator, String comparison, String reference) {
    }

    public record Finding(String id, String kind, String unit, String dimension, String text, List<Statistic> statistics) {
    }

    public record Rectification(String id, String raisedIn, String finding, String unit, String description, String due,
            String status, String checkNote) {
    }

    /** what: SCHEME, GRADE_SCALE or REOPENED. */
    public record Amendment(String what, String reason) {
    }

    public record Publication(Integer version, String publishedOn, String correctionReason, List<Score> corrections,
            List<Standing> standings, Notice notice) {
    }

    public record Standing(String unit, String unitName, String rate, String band, Integer rank, Boolean vetoed) {
    }

    public record Notice(String title, String addressee, String basisDocumentNumber, String basisDocumentTitle,
            List<String> methods, List<String> dimensions, List<BandDefinition> bandDefinitions,
            List<SummarySentence> summarySentences, List<NoticeFinding> findings, String issuer, String date,
            Attachment attachment, List<Omission> omissions) {
    }

    public record BandDefinition(String label, String interval, Boolean named) {
    }

    public record SummarySentence(String bandLabel, String firstUnit, Integer count, String text) {
    }

    public record NoticeFinding(String kind, String text, List<Integer> figures) {
    }

    public record Attachment(String title, List<AttachmentSection> sections) {
    }

    public record AttachmentSection(String heading, String bandLabel, List<String> units, List<String> unitNames) {
    }

    /** reason: NON_PUBLISHED_BAND, WITHDRAWN or NONE. */
    public record Omission(String unit, String unitName, String reason, String detail) {
    }

    /** A unit's computed result: rank, score rate (rounded to the round's precision), band, vetoed. */
    public record Result(String unit, Integer rank, String rate, String band, Boolean vetoed) {
    }
}
