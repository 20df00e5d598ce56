package com.pingyi.evaluation.ui.finding;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Dates as the user's language writes them (2020年7月16日, 2020-07-16), and a date picker that speaks it. */
final class Dates {

    private Dates() {
    }

    static String format(Component where, LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofPattern(where.getTranslation("findings.date.pattern")).format(date);
    }

    static DatePicker picker(Component where, String labelKey) {
        DatePicker picker = new DatePicker(where.getTranslation(labelKey));
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(list(where, "findings.date.months"));
        i18n.setWeekdays(list(where, "findings.date.weekdays"));
        i18n.setWeekdaysShort(list(where, "findings.date.weekdays-short"));
        i18n.setToday(where.getTranslation("findings.date.today"));
        i18n.setCancel(where.getTranslation("findings.date.cancel"));
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        return picker;
    }

    private static List<String> list(Component where, String key) {
        return Arrays.stream(where.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
