package vn.antq.analytics.population;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.antq.analytics.dimension.Places;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Choices;
import vn.antq.kit.web.FieldProblem;

/**
 * Checks a population upload, row by row, and turns it into entries: every problem of every row is reported at
 * once, and a single one refuses the whole upload (nothing is stored). Codes must be known to the gazetteer (either
 * structure), each code at most once; population a whole number above zero; year a whole number from 1900 to this
 * year; languages, optional, codes of {@link MaterialLanguage} other than Vietnamese, each once.
 */
final class PopulationUpload {

    static final int MAX_ROWS = 20_000;
    /** More than any country's population: a figure above it is a typing error. */
    static final long MAX_POPULATION = 2_000_000_000L;
    static final List<String> CSV_COLUMNS = List.of("code", "population", "year");
    private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");
    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,12}");

    private final Places places;
    private final int thisYear;

    PopulationUpload(Places places, int thisYear) {
        this.places = places;
        this.thisYear = thisYear;
    }

    /** The rows as entries, in the order sent; 400 with every problem if any row is wrong. */
    List<PopulationEntry> entries(List<PopulationRow> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of(null, "Bảng dân số không có dòng nào", "The population table has no rows"));
        }
        if (rows.size() > MAX_ROWS) {
            throw ApiException.badRequest(FieldProblem.of(null,
                    "Bảng dân số có " + rows.size() + " dòng, nhiều hơn mức cho phép " + MAX_ROWS,
                    "The population table has " + rows.size() + " rows, more than the " + MAX_ROWS + " allowed"));
        }
        Map<String, String> seen = new HashMap<>();
        List<PopulationEntry> entries = new ArrayList<>();
        for (PopulationRow row : rows) {
            int before = problems.size();
            String code = code(row, seen, problems);
            Long population = population(row, problems);
            Integer year = year(row, problems);
            List<MaterialLanguage> languages = languages(row, problems);
            if (problems.size() == before) {
                entries.add(new PopulationEntry(code, population, year, languages));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return entries;
    }

    private String code(PopulationRow row, Map<String, String> seen, List<FieldProblem> problems) {
        String field = row.field() + ".code";
        String code = trimmed(row.code());
        if (code == null) {
            problems.add(FieldProblem.of(field, "Thiếu mã địa bàn", "The locality code is missing"));
            return null;
        }
        if (!CODE.matcher(code).matches() || places.resolve(code).isEmpty()) {
            problems.add(FieldProblem.of(field,
                    "Mã địa bàn không có trong danh mục đơn vị hành chính: " + code + " (mã tỉnh 2 chữ số, huyện 3, xã 5)",
                    "Not a locality code of the gazetteer: " + code + " (province 2 digits, district 3, commune 5)"));
            return null;
        }
        String first = seen.putIfAbsent(code, row.field());
        if (first != null) {
            problems.add(FieldProblem.of(field, "Mã địa bàn " + code + " đã có ở " + first + "; mỗi mã chỉ một dòng",
                    "Locality code " + code + " is already at " + first + "; one row per code"));
            return null;
        }
        return code;
    }

    private static Long population(PopulationRow row, List<FieldProblem> problems) {
        String field = row.field() + ".population";
        String text = trimmed(row.population());
        if (text == null) {
            problems.add(FieldProblem.of(field, "Thiếu số dân", "The population is missing"));
            return null;
        }
        if (!WHOLE.matcher(text).matches() || Long.parseLong(text) == 0) {
            problems.add(FieldProblem.of(field, "Số dân phải là số nguyên lớn hơn 0: " + text,
                    "The population must be a whole number above zero: " + text));
            return null;
        }
        long population = Long.parseLong(text);
        if (population > MAX_POPULATION) {
            problems.add(FieldProblem.of(field, "Số dân quá lớn: " + text, "The population is too large: " + text));
            return null;
        }
        return population;
    }

    private Integer year(PopulationRow row, List<FieldProblem> problems) {
        String field = row.field() + ".year";
        String text = trimmed(row.year());
        if (text == null) {
            problems.add(FieldProblem.of(field, "Thiếu năm của số liệu dân số", "The year of the figure is missing"));
            return null;
        }
        if (!WHOLE.matcher(text).matches() || Long.parseLong(text) < 1900 || Long.parseLong(text) > thisYear) {
            problems.add(FieldProblem.of(field, "Năm không hợp lệ: " + text + " (từ 1900 đến " + thisYear + ")",
                    "Invalid year: " + text + " (from 1900 to " + thisYear + ")"));
            return null;
        }
        return Integer.parseInt(text);
    }

    private static List<MaterialLanguage> languages(PopulationRow row, List<FieldProblem> problems) {
        String text = trimmed(row.languages());
        if (text == null) {
            return List.of();
        }
        List<MaterialLanguage> languages = new ArrayList<>();
        for (String code : text.split("[\\s,;|]+")) {
            MaterialLanguage language = Arrays.stream(MaterialLanguage.values())
                    .filter(value -> value.name().equalsIgnoreCase(code)).findFirst().orElse(null);
            if (language == null || language == MaterialLanguage.VIETNAMESE || languages.contains(language)) {
                problems.add(FieldProblem.coded(row.field() + ".languages", "population.languages.invalid", code,
                        Choices.of(MaterialLanguage.class)));
                return List.of();
            }
            languages.add(language);
        }
        return languages;
    }

    /** A JSON list's elements as rows; an element that is null is a row with nothing in it. */
    static List<PopulationRow> fromJson(List<PopulationController.PopulationJson> list) {
        List<PopulationRow> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            PopulationController.PopulationJson item = list.get(i);
            rows.add(item == null ? new PopulationRow("[" + i + "]", null, null, null)
                    : new PopulationRow("[" + i + "]", item.code(), text(item.population()), text(item.year()),
                            item.languages() == null ? null : String.join(" ", item.languages())));
        }
        return rows;
    }

    /**
     * A CSV file (UTF-8, with or without a BOM; comma or semicolon) with the header {@code code,population,year} in
     * any order and case. Rows are named by their spreadsheet row number, the header being row 1.
     */
    static List<PopulationRow> fromCsv(byte[] body) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        List<PopulationRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> headers = parser.getHeaderNames();
            for (int i = 0; i < headers.size(); i++) {
                columns.put(headers.get(i).trim().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = CSV_COLUMNS.stream().filter(column -> !columns.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw ApiException.badRequest(FieldProblem.of("header",
                        "Dòng tiêu đề thiếu cột: " + String.join(", ", missing) + " (cần: code, population, year)",
                        "The header row lacks the columns: " + String.join(", ", missing)
                                + " (needed: code, population, year)"));
            }
            for (CSVRecord record : parser) {
                rows.add(new PopulationRow("row[" + (record.getRecordNumber() + 1) + "]", cell(record, columns.get("code")),
                        cell(record, columns.get("population")), cell(record, columns.get("year")),
                        columns.containsKey("languages") ? cell(record, columns.get("languages")) : null));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ApiException.badRequest(FieldProblem.of(null, "Tệp CSV không đọc được: " + e.getMessage(),
                    "The CSV file cannot be read: " + e.getMessage()));
        }
        return rows;
    }

    private static String cell(CSVRecord record, Integer column) {
        return column < record.size() ? record.get(column) : null;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest(FieldProblem.of(null, "Tệp CSV phải được mã hóa UTF-8",
                    "The CSV file must be encoded in UTF-8"));
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
