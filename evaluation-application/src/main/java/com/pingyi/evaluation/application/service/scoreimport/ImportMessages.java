package com.pingyi.evaluation.application.service.scoreimport;

import com.pingyi.evaluation.application.port.in.scoreimport.ScoreImportProblem;
import com.pingyi.evaluation.domain.shared.DomainException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The problems of an import in Chinese, the language of the people who fill the files: the import's own
 * rules from i18n/import-messages, the domain's rules from i18n/domain-messages, whose keys are their rule codes.
 * The report leaves the application as a file, so the message is made here and not by the screen.
 */
final class ImportMessages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final ResourceBundle IMPORT = ResourceBundle.getBundle("i18n.import-messages", CHINESE);
    private static final ResourceBundle DOMAIN = ResourceBundle.getBundle("i18n.domain-messages", CHINESE);
    private static final ResourceBundle APPLICATION = ResourceBundle.getBundle("i18n.application-messages", CHINESE);

    private ImportMessages() {
    }

    /** A problem with one of the import's own rules, e.g. UNKNOWN_UNIT. */
    static ScoreImportProblem problem(String sheet, Integer row, String column, String value, String rule, Object... arguments) {
        return new ScoreImportProblem(sheet, row, column, value, rule, format(IMPORT, rule, arguments));
    }

    /** A problem with a rule of the domain or a use case, named by its key, e.g. points.too-many-decimals. */
    static ScoreImportProblem broken(String sheet, Integer row, String column, String value, DomainException e) {
        ResourceBundle bundle = DOMAIN.containsKey(e.messageKey()) ? DOMAIN : APPLICATION;
        return new ScoreImportProblem(sheet, row, column, value, e.messageKey(),
                format(bundle, e.messageKey(), e.arguments().toArray()));
    }

    static String text(String key, Object... arguments) {
        return format(IMPORT, key, arguments);
    }

    private static String format(ResourceBundle bundle, String key, Object[] arguments) {
        try {
            return new MessageFormat(bundle.getString(key), CHINESE).format(arguments);
        } catch (MissingResourceException e) {
            return key + " " + java.util.Arrays.toString(arguments);
        }
    }
}
