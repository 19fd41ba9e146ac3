package vn.antq.resilience.applied;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;

/**
 * The random choices behind one write, read by each endpoint in its own terms: the date is an activity's start, a
 * model's founding, a report's period, a review's date held or a decision's date; the size is participants,
 * members or a report's count, scaled to that field's maximum; the text is a title, a name, a label, a citation or
 * a reason, shaped to that field's longest.
 *
 * @param agency     the agency that records (and is the recorder's own)
 * @param partners   partner agencies, other than {@code agency}
 * @param date       any date, often at an edge: 2000-01-01 and the day before, the last day of the 2019-2024
 *                   structure and the first of 2025's, today and tomorrow (Vietnam's time), 2099-12-31 and the day after
 * @param place      which commune of the province, as an index into the communes in force on {@code date}
 * @param size       how big the figure is, relative to the field's maximum
 * @param small      a small number for the figures that stay small (and for choices such as the activity kind)
 * @param text       the shape of the text
 * @param either     a coin for two-way choices (approve or refuse, month or quarter)
 */
record Draft(String agency, List<String> partners, LocalDate date, int place, Size size, int small, TextShape text,
             boolean either) {

    /** Đà Nẵng's neighbour Thừa Thiên Huế (2019-2024) and Huế (2025) share code 46; no other class records there. */
    static final String PROVINCE = "46";

    enum Size { ZERO, ONE, SOME, MAX, OVER_MAX }

    enum TextShape { PLAIN, LONGEST, LONGEST_COMBINING, TOO_LONG, COMBINING, OTHER_SCRIPTS }

    private static final String FILLER = "Tổ tự quản an ninh trật tự thôn Đồng Tâm, xã Hòa Bắc, phường Hương Sơ; ";

    /** The figure for a field whose maximum is {@code max}. */
    long figure(long max) {
        return switch (size) {
            case ZERO -> 0;
            case ONE -> 1;
            case SOME -> Math.min(max, 1 + small * 37L);
            case MAX -> max;
            case OVER_MAX -> max + 1;
        };
    }

    /**
     * The text for a field of at most {@code max} characters (UTF-16 units, as the services count), starting with
     * {@code tag} so that records stay told apart.
     */
    String text(String tag, int max) {
        String words = "Hội nghị tuyên dương người tốt việc tốt ở bản Mường Lò";
        return switch (text) {
            case PLAIN -> words + " " + tag;
            case LONGEST -> filled(tag + " " + FILLER, max);
            case LONGEST_COMBINING -> filled(Normalizer.normalize(tag + " " + FILLER, Normalizer.Form.NFD), max);
            case TOO_LONG -> filled(tag + " " + FILLER, max + 1);
            case COMBINING -> cut(Normalizer.normalize(words + " " + tag, Normalizer.Form.NFD), max);
            case OTHER_SCRIPTS -> cut(tag + " PROBE 😀 模型 mô hình thử Ꭰ ก ش", max);
        };
    }

    /** The commune {@code place} picks among the province's communes in the structure in force on {@code on}. */
    AdminUnit commune(LocalDate on) {
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(PROVINCE, Structure.inForceOn(on));
        return communes.get(Math.floorMod(place, communes.size()));
    }

    /** The locality of a commune as the APIs take it: without a district in the 2025 structure. */
    static Map<String, Object> locality(AdminUnit commune) {
        return commune.structure().hasDistricts()
                ? Map.of("province", commune.provinceCode(), "district", commune.districtCode(), "commune", commune.code())
                : Map.of("province", commune.provinceCode(), "commune", commune.code());
    }

    private static String filled(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        // A text ending in a space would be trimmed by the services: end it on a full stop to keep its length.
        text.setLength(length);
        if (Character.isWhitespace(text.charAt(length - 1))) {
            text.setCharAt(length - 1, '.');
        }
        return text.toString();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
