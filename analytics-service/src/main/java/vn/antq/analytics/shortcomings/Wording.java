package vn.antq.analytics.shortcomings;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the explanations write them: 1.477 and 30% in Vietnamese, 1,477 and 30% in English. */
final class Wording {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Wording() {
    }

    static String vi(double value) {
        return format(value, VI);
    }

    static String en(double value) {
        return format(value, Locale.ENGLISH);
    }

    /** A count and its noun in English: "1 joint activity", "1,477 joint activities". */
    static String en(long count, String one, String many) {
        return en(count) + " " + (count == 1 ? one : many);
    }

    /** A share as a whole percentage: 0.297 is "30%". */
    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    /** Whole numbers from 10 on, one decimal below (a rate of 0.4 per 1,000 is not 0). */
    private static String format(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.abs(value) >= 10 || value == Math.rint(value) ? 0 : 1);
        return format.format(value);
    }

    /** A figure rounded as the evidence shows it: whole from 10 on, one decimal below. */
    static Number rounded(double value) {
        if (Math.abs(value) >= 10) {
            return Math.round(value);
        }
        return Math.round(value * 10) / 10.0;
    }
}
