package vn.antq.activities.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.antq.activities.activity.ActivityForm;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.kit.recording.Problem;

/**
 * Turns one spreadsheet row into an {@link ActivityForm}, reporting cells that are not even of the
 * right type (a word where a number belongs, an unknown kind). The business rules come after, in
 * the same validation as the API's.
 */
final class ActivityRowReader {

    /** The columns of the import template, in order. Lists inside a cell are separated by ";". */
    static final List<String> COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district",
            "commune", "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women",
            "ethnicMinority", "reach", "copies");

    static final Set<String> REQUIRED_COLUMNS = Set.of("province", "kind", "title", "startdate", "participants");

    record Read(ActivityForm form, List<Problem> problems) {
    }

    /** Header names the file must have; the check is case-insensitive. */
    static List<String> missingColumns(Set<String> headers) {
        return REQUIRED_COLUMNS.stream().filter(c -> !headers.contains(c)).sorted().toList();
    }

    Read read(SpreadsheetRows.Row row, String defaultAgency) {
        Map<String, String> cells = row.cells();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            if (SpreadsheetRows.FORMULA_MARKER.equals(cell.getValue())) {
                problems.add(new Problem(fieldName(cell.getKey()), "Ô chứa công thức; hãy nhập giá trị",
                        "The cell holds a formula; enter the value itself"));
            } else if (cell.getValue() != null && cell.getValue().startsWith("=")) {
                problems.add(new Problem(fieldName(cell.getKey()), "Ô bắt đầu bằng \"=\" như một công thức; hãy nhập giá trị",
                        "The cell starts with \"=\" like a formula; enter the value itself"));
            }
        }
        String agency = text(cells, "agency");
        ActivityForm form = new ActivityForm(
                agency != null ? agency : defaultAgency,
                list(cells, "partneragencies"),
                enumValue(cells, "level", Level.class, problems),
                new ActivityForm.FormLocality(text(cells, "province"), text(cells, "district"), text(cells, "commune")),
                enumValue(cells, "kind", ActivityKind.class, problems),
                enumValue(cells, "channel", Channel.class, problems),
                list(cells, "topics"),
                text(cells, "title"),
                date(cells, "startdate", problems),
                date(cells, "enddate", problems),
                number(cells, "participants", problems),
                number(cells, "women", problems),
                number(cells, "ethnicminority", problems),
                number(cells, "reach", problems),
                number(cells, "copies", problems));
        return new Read(form, problems);
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String value = text(cells, column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> cells, String column, Class<E> type,
                                                   List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            problems.add(new Problem(fieldName(column), "Giá trị không hợp lệ \"" + value + "\"; chọn một trong " + allowed,
                    "Invalid value \"" + value + "\"; use one of " + allowed));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(fieldName(column), "Ngày không hợp lệ \"" + value + "\"; dùng dạng YYYY-MM-DD",
                    "Invalid date \"" + value + "\"; use YYYY-MM-DD"));
            return null;
        }
    }

    private static Long number(Map<String, String> cells, String column, List<Problem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(fieldName(column), "Không phải số nguyên: \"" + value + "\"",
                    "Not a whole number: \"" + value + "\""));
            return null;
        }
    }

    /** The API's field name for a column, so that import and API report problems alike. */
    private static String fieldName(String column) {
        return COLUMNS.stream().filter(c -> c.equalsIgnoreCase(column)).findFirst()
                .map(c -> switch (c) {
                    case "province", "district", "commune" -> "locality." + c;
                    default -> c;
                })
                .orElse(column);
    }
}
