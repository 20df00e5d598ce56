package com.pingyi.evaluation.domain.scheme;

/** Who supplies an indicator's score of record (评议方式). The official Chinese terms are domain vocabulary. */
public enum EvaluationMethod {
    SELF_INSPECTION("单位自查"),
    DOCUMENT_REVIEW("资料查阅"),
    EXPERT_ONLINE_REVIEW("专家网上评议"),
    THIRD_PARTY_ASSESSMENT("第三方测评");

    private final String officialName;

    EvaluationMethod(String officialName) {
        this.officialName = officialName;
    }

    /** The term used in the published notice. */
    public String officialName() {
        return officialName;
    }
}
