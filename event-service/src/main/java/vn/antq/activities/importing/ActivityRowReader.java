package vn.antq.activities.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antq.activities.activity.ActivityForm;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.gazetteer.AdminLevel;
import vn.antq.kit.web.Choices;
import vn.antq.kit.web.FieldProblem;

/**
 * Turns one spreadsheet row into an {@link ActivityForm}, reporting cells that are not even of the
 * right type (a word where a number belongs, an unknown kind, a formula). The business rules come
 * after, in the same validation as the API's.
 */
final class ActivityRowReader {

    /**
     * The columns of the import template, in order. Lists inside a cell are separated by ";"; {@code materials} names
     * the library's materials the activity used, by id (or title and id in brackets, as the template lists them).
     */
    static final List<String> COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district",
            "commune", "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women",
            "ethnicMinority", "reach", "copies", "materials");

    /** Columns every row needs (a file without one of them could record no row at all). */
    static final List<String> REQUIRED_COLUMNS = List.of("level", "province", "kind", "title", "startDate",
            "participants");

    /**
     * The column a file of rejected rows adds with their reasons ("Lý do bị từ chối (rejectedBecause)"): read like the
     * other headings by its bracketed code, and ignored, so that such a file can be fixed and sent again as it is.
     */
    static final String REASONS_COLUMN = "rejectedBecause";

    /** Whether a heading as written names the reasons column. */
    static boolean isReasonsColumn(String heading) {
        return heading != null && Coded.code(heading.strip()).equalsIgnoreCase(REASONS_COLUMN);
    }

    /**
     * Digits of the locality codes, keyed by lower-case column. Excel drops a code's leading zeros ("01" becomes the
     * number 1), and a code is never shorter than its width, so a shorter all-digit code is that code zero-padded.
     */
    private static final Map<String, Integer> CODE_WIDTHS = Map.of(
            "province", AdminLevel.PROVINCE.codeLength(),
            "district", AdminLevel.DISTRICT.codeLength(),
            "commune", AdminLevel.COMMUNE.codeLength());

    private static final int QUOTED_VALUE_LIMIT = 40;
    private static final int NAMES_SHOWN = 10;

    record Read(ActivityForm form, List<FieldProblem> problems) {
    }

    /**
     * Why a header row cannot be imported: required columns missing, columns the template does not have (a typo
     * would otherwise lose that column's figures without a word), or a column named twice. Names compare
     * case-insensitively, a heading that ends in a name in brackets as that name ({@link Coded}); columns without a
     * name are allowed (their cells are checked row by row), and so is the reasons column of a file of rejected rows
     * ({@link #REASONS_COLUMN}), whose cells are ignored.
     */
    static List<FieldProblem> headerProblems(List<String> headers) {
        Map<String, String> template = COLUMNS.stream()
                .collect(Collectors.toMap(c -> c.toLowerCase(Locale.ROOT), c -> c));
        Set<String> present = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (String header : headers) {
            if (header.isBlank()) {
                continue;
            }
            String key = Coded.code(header).toLowerCase(Locale.ROOT);
            if (isReasonsColumn(header)) {
                continue;
            }
            if (!template.containsKey(key)) {
                unknown.add(header);
            } else if (!present.add(key)) {
                repeated.add(template.get(key));
            }
        }
        List<String> missing = REQUIRED_COLUMNS.stream()
                .filter(c -> !present.contains(c.toLowerCase(Locale.ROOT))).toList();
        String columns = String.join(", ", COLUMNS);
        List<FieldProblem> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add(FieldProblem.coded("file", "import.columns.missing", String.join(", ", missing), columns));
        }
        if (!unknown.isEmpty()) {
            problems.add(FieldProblem.coded("file", "import.columns.unknown", names(unknown), columns));
        }
        if (!repeated.isEmpty()) {
            problems.add(FieldProblem.coded("file", "import.columns.repeated", String.join(", ", repeated)));
        }
        return problems;
    }

    /** Header names for a message, the first few of them and each cut short: a header row can be any size. */
    private static String names(Set<String> headers) {
        String shown = headers.stream().limit(NAMES_SHOWN).map(ActivityRowReader::quoted).collect(Collectors.joining(", "));
        return headers.size() > NAMES_SHOWN ? shown + ", …" : shown;
    }

    Read read(SpreadsheetRows.Row row, String defaultAgency) {
        String reasons = REASONS_COLUMN.toLowerCase(Locale.ROOT);
        Map<String, String> cells = new LinkedHashMap<>(row.cells());
        cells.remove(reasons);
        cells.replaceAll((column, value) -> unescaped(value));
        Map<String, String> formulas = new LinkedHashMap<>(row.formulas());
        formulas.remove(reasons);
        List<FieldProblem> problems = new ArrayList<>();
        row.unnamedCells().forEach((column, value) -> problems.add(FieldProblem.coded(null,
                "import.cell.unnamed-column", column, quoted(value))));
        formulas.forEach((column, formula) -> {
            problems.add(FieldProblem.coded(fieldName(column), "import.cell.formula", quoted(formula)));
            cells.remove(column);
        });
        for (Map.Entry<String, String> cell : List.copyOf(cells.entrySet())) {
            if (cell.getValue() != null && cell.getValue().startsWith("=")) {
                problems.add(FieldProblem.coded(fieldName(cell.getKey()), "import.cell.formula-like"));
                cells.remove(cell.getKey());
            }
        }
        String agency = Coded.code(text(cells, "agency"));
        ActivityForm form = new ActivityForm(
                agency != null ? agency : defaultAgency,
                list(cells, "partneragencies").stream().map(Coded::code).toList(),
                enumValue(cells, "level", Level.class, problems),
                new ActivityForm.FormLocality(code(cells, "province"), code(cells, "district"), code(cells, "commune")),
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
                number(cells, "copies", problems),
                materials(cells));
        return new Read(form, problems);
    }

    /**
     * A text that a CSV for spreadsheets wrote with an apostrophe before it because it starts like a formula ("'-5",
     * "'=1+1", as the workspace writes a file of rejected rows), as it was before: the apostrophe only keeps a
     * spreadsheet program from running it. A formula-like text is then rejected as such.
     */
    static String unescaped(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }

    /** The materials named, or null when none (as the API's form without the field). */
    private static List<String> materials(Map<String, String> cells) {
        List<String> ids = list(cells, "materials").stream().map(Coded::code).toList();
        return ids.isEmpty() ? null : ids;
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String code(Map<String, String> cells, String column) {
        String value = text(cells, column);
        int width = CODE_WIDTHS.get(column);
        if (value != null && value.length() < width && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "0".repeat(width - value.length()) + value;
        }
        return value;
    }

    private static List<String> list(Map<String, String> cells, String column) {
        String value = text(cells, column);
        return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static <E extends Enum<E>> E enumValue(Map<String, String> cells, String column, Class<E> type,
                                                   List<FieldProblem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, Coded.code(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.coded(fieldName(column), "import.cell.invalid-choice", quoted(value), Choices.of(type)));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> cells, String column, List<FieldProblem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.coded(fieldName(column), "import.cell.invalid-date", quoted(value)));
            return null;
        }
    }

    private static Long number(Map<String, String> cells, String column, List<FieldProblem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.replace(" ", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.coded(fieldName(column), "import.cell.not-whole-number", quoted(value)));
            return null;
        }
    }

    /** A cell's text inside a message, cut short so that a 1 MB cell does not make a 1 MB report. */
    private static String quoted(String value) {
        return value.length() <= QUOTED_VALUE_LIMIT ? value
                : value.substring(0, value.offsetByCodePoints(0, Math.min(QUOTED_VALUE_LIMIT,
                        value.codePointCount(0, value.length())))) + "…";
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
