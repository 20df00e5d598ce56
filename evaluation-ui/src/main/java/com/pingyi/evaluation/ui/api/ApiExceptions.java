package com.pingyi.evaluation.ui.api;

import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportResult;

/** The API's own refusals, each answered by ApiProblems with its status. */
final class ApiExceptions {

    private ApiExceptions() {
    }

    /** 403: the account still has the temporary password an admin set. */
    static final class PasswordChangeRequired extends RuntimeException {
        PasswordChangeRequired() {
            super("password change required");
        }
    }

    /** 400: a parameter that is not what the API documents (e.g. a date not in YYYY-MM-DD). */
    static final class BadParameter extends RuntimeException {
        private final String name;
        private final String value;

        BadParameter(String name, String value) {
            super("bad parameter " + name);
            this.name = name;
            this.value = value;
        }

        String name() {
            return name;
        }

        String value() {
            return value;
        }
    }


    /** 422: the score file has wrong rows, and so nothing of it was written. */
    static final class ScoreFileRejected extends RuntimeException {
        private final transient ScoreImportResult result;

        ScoreFileRejected(ScoreImportResult result) {
            super(result.problems().size() + " problems in the score file");
            this.result = result;
        }

        ScoreImportResult result() {
            return result;
        }
    }
}
