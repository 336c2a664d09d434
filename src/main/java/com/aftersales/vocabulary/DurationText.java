package com.aftersales.vocabulary;

import java.time.Duration;

/** A configured duration as people say it: {@code P7D} is "7天" and "7 days", {@code PT10M} "10分钟" and "10 min". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration, Language language) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        StringBuilder text = new StringBuilder();
        append(text, days, language, "天", "day", "days");
        append(text, hours, language, "小时", "hour", "hours");
        append(text, minutes, language, "分钟", "min", "min");
        if (text.isEmpty()) {
            append(text, duration.toSecondsPart(), language, "秒", "second", "seconds");
        }
        return text.isEmpty() ? (language == Language.ZH ? "立即" : "at once") : text.toString();
    }

    /** "7天 7 days": both languages, for texts that carry both. */
    public static String bilingual(Duration duration) {
        return of(duration, Language.ZH) + " " + of(duration, Language.EN);
    }

    private static void append(StringBuilder text, long amount, Language language, String zh, String one, String many) {
        if (amount == 0) {
            return;
        }
        if (language == Language.ZH) {
            text.append(amount).append(zh);
        } else {
            text.append(text.isEmpty() ? "" : " ").append(amount).append(' ').append(amount == 1 ? one : many);
        }
    }
}
