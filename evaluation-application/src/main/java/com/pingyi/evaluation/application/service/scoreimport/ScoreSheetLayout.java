package com.pingyi.evaluation.application.service.scoreimport;

import java.util.List;

/** The one layout of a score file, as the template writes it and the import reads it. */
final class ScoreSheetLayout {

    static final String SHEET = "评分";
    static final String GUIDE_SHEET = "填写说明";

    static final int UNIT_CODE = 0;
    static final int UNIT_NAME = 1;
    static final int INDICATOR_CODE = 2;
    static final int INDICATOR_NAME = 3;
    static final int METHOD = 4;
    static final int KIND = 5;
    static final int MAX = 6;
    static final int SCORER = 7;
    static final int VALUE = 8;
    static final int NOTE = 9;

    static final List<String> HEADERS = List.of("单位编码", "单位名称", "指标编码", "指标名称", "评议方式", "指标类型", "满分",
            "评分人", "分值", "说明");

    /** Values meaning "this indicator does not apply to the unit" (the reason goes in the note). */
    static final List<String> NOT_APPLICABLE = List.of("不适用", "N/A");
    static final List<String> YES = List.of("是", "有", "yes", "y", "true");
    static final List<String> NO = List.of("否", "无", "no", "n", "false");
    static final List<String> PASSED = List.of("通过", "合格", "pass", "passed", "true", "是");
    static final List<String> FAILED = List.of("不通过", "不合格", "fail", "failed", "false", "否");

    private ScoreSheetLayout() {
    }

    /** Where a problem is: the column's letter and its header, e.g. I（分值）. */
    static String column(int index) {
        String header = index < HEADERS.size() ? HEADERS.get(index) : null;
        return letter(index) + (header == null ? "" : "（" + header + "）");
    }

    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            s.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return s.toString();
    }

    static boolean isOneOf(String text, List<String> words) {
        return words.stream().anyMatch(w -> w.equalsIgnoreCase(text));
    }
}
