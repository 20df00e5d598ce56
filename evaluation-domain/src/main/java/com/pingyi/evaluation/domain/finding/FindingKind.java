package com.pingyi.evaluation.domain.finding;

/** The three parts of the notice's body. */
public enum FindingKind {
    /** 工作成效 */
    ACHIEVEMENT("工作成效"),
    /** 存在问题 */
    PROBLEM("存在问题"),
    /** 工作要求 */
    REQUIREMENT("工作要求");

    private final String officialHeading;

    FindingKind(String officialHeading) {
        this.officialHeading = officialHeading;
    }

    /** The section heading used in the published notice. */
    public String officialHeading() {
        return officialHeading;
    }
}
