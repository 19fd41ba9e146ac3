package vn.antq.activities.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.antq.kit.web.Text;

/**
 * Reads the rows of an uploaded CSV (UTF-8, comma or semicolon separated, optional BOM) or XLSX
 * file (first sheet) into header -> cell text maps. The first non-blank row is the header; row
 * numbers are the spreadsheet's own (the first data row under a header in row 1 is row 2), and
 * blank rows are skipped, not reported.
 * <p>
 * What the file is comes from its content: a workbook is a ZIP, anything else is read as CSV text.
 * What the sender said it is only chooses the words when the content is neither.
 */
public final class SpreadsheetRows {

    /** What the sender said the file is (its Content-Type or file name). */
    public enum Declared {
        CSV, XLSX, UNKNOWN;

        /** From a file name's extension first (browsers label CSV files as Excel ones), then the media type. */
        public static Declared of(String contentType, String fileName) {
            String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                return XLSX;
            }
            if (name.endsWith(".csv")) {
                return CSV;
            }
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (type.startsWith(ImportController.XLSX)) {
                return XLSX;
            }
            return type.startsWith("text/csv") ? CSV : UNKNOWN;
        }
    }

    /**
     * A data row: text cells keyed by lower-case header name (a formula cell's text is empty, its formula is in
     * {@code formulas}), the non-blank cells under no header name, keyed by column letter, and every cell of the row
     * as read, in the file's column order (a formula cell as its formula), so that a rejected row can be given back.
     */
    public record Row(int number, Map<String, String> cells, Map<String, String> formulas,
                      Map<String, String> unnamedCells, List<String> values) {

        public Row(int number, Map<String, String> cells, Map<String, String> formulas,
                   Map<String, String> unnamedCells) {
            this(number, cells, formulas, unnamedCells, List.of());
        }
    }

    /**
     * The header as written (blank where a column has no name), the non-blank data rows, and how many blank rows
     * lay between the header and the last data row.
     */
    public record Table(List<String> headers, List<Row> rows, int blankRowsSkipped) {
    }

    /** The file as a whole cannot be read; nothing of it is imported. */
    public static final class Unreadable extends RuntimeException {
        private final transient Text message;

        Unreadable(String code, Object... args) {
            super(code);
            this.message = Text.code(code, args);
        }

        public Text message() {
            return message;
        }
    }

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    /** Excel 97-2003 (.xls), and the other Office files of that age. */
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int TEXT_SAMPLE = 8192;

    private final int maxRows;

    public SpreadsheetRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The data rows of a file whose kind is judged from its content alone. */
    public List<Row> read(byte[] file) {
        return read(file, Declared.UNKNOWN).rows();
    }

    public Table read(byte[] file, Declared declared) {
        if (file.length == 0) {
            throw new Unreadable("import.file.empty");
        }
        if (startsWith(file, ZIP_MAGIC)) {
            return readXlsx(file);
        }
        if (startsWith(file, OLE2_MAGIC)) {
            throw new Unreadable("import.file.old-xls");
        }
        if (startsWith(file, PDF_MAGIC)) {
            throw notReadable(declared);
        }
        return readCsv(text(file, declared));
    }

    private Table readCsv(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count()
                > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        // Empty lines are kept as records so that row numbers stay those a spreadsheet program shows.
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        Rows rows = new Rows();
        long lastRecord = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lastRecord = record.getRecordNumber();
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                rows.add((int) lastRecord, values, Map.of());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser's own words ("EOF reached before encapsulated token finished") mean nothing to a clerk:
            // the only way a CSV text fails to parse is a double quote that does not pair up.
            throw new Unreadable("import.file.unbalanced-quote", String.valueOf(lastRecord + 1));
        }
        return rows.table();
    }

    private Table readXlsx(byte[] file) {
        Rows rows = new Rows();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("import.file.no-sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                List<String> values = new ArrayList<>();
                Map<Integer, String> formulas = new LinkedHashMap<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.put(i, "=" + cell.getCellFormula());
                        values.add("");
                    } else {
                        values.add(cellText(cell, formatter));
                    }
                }
                rows.add(row.getRowNum() + 1, values, formulas);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("import.file.not-xlsx");
        }
        return rows.table();
    }

    /**
     * The header, then the data rows, counted against the limit as they come; blank rows are skipped. Formula cells
     * are kept apart: a cell must hold the value itself, never something to compute.
     */
    private final class Rows {
        private List<String> headers;
        private List<String> names;
        private int headerNumber;
        private int lastNumber;
        private final List<Row> rows = new ArrayList<>();

        void add(int number, List<String> values, Map<Integer, String> formulas) {
            if (formulas.isEmpty() && values.stream().allMatch(String::isBlank)) {
                return;
            }
            if (headers == null) {
                headers = values.stream().map(String::strip).toList();
                names = headers.stream().map(h -> Coded.code(h).toLowerCase(Locale.ROOT)).toList();
                headerNumber = number;
                return;
            }
            if (rows.size() >= maxRows) {
                throw new Unreadable("import.file.too-many-rows", String.valueOf(maxRows));
            }
            Map<String, String> cells = new LinkedHashMap<>();
            Map<String, String> formulaCells = new LinkedHashMap<>();
            Map<String, String> unnamed = new LinkedHashMap<>();
            for (int i = 0; i < Math.max(values.size(), names.size()); i++) {
                String name = i < names.size() ? names.get(i) : "";
                String value = i < values.size() ? values.get(i) : "";
                if (name.isEmpty()) {
                    if (!value.isBlank() || formulas.containsKey(i)) {
                        unnamed.put(CellReference.convertNumToColString(i),
                                formulas.containsKey(i) ? formulas.get(i) : value);
                    }
                    continue;
                }
                cells.putIfAbsent(name, value);
                if (formulas.containsKey(i)) {
                    formulaCells.putIfAbsent(name, formulas.get(i));
                }
            }
            List<String> asRead = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                asRead.add(formulas.getOrDefault(i, values.get(i)));
            }
            rows.add(new Row(number, cells, formulaCells, unnamed, List.copyOf(asRead)));
            lastNumber = number;
        }

        Table table() {
            if (headers == null) {
                throw new Unreadable("import.file.no-header");
            }
            int blank = rows.isEmpty() ? 0 : lastNumber - headerNumber - rows.size();
            return new Table(headers, List.copyOf(rows), blank);
        }
    }

    /** A number as written, without the grouping or decimals its format shows: a code 1 stays "1", 1234 is "1234". */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** The file as UTF-8 text; text in another encoding is told so, anything that is not text is told that. */
    private static String text(byte[] file, Declared declared) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            if (looksLikeText(file)) {
                throw new Unreadable("import.file.not-utf8");
            }
            throw notReadable(declared);
        }
    }

    private static Unreadable notReadable(Declared declared) {
        return new Unreadable(switch (declared) {
            case XLSX -> "import.file.not-xlsx";
            case CSV -> "import.file.not-csv";
            case UNKNOWN -> "import.file.not-spreadsheet";
        });
    }

    /**
     * Whether bytes that are not UTF-8 are still text in some other encoding (UTF-16, Windows-1258, Latin-1):
     * text has no control characters but tab, line ends and form feed, except UTF-16's zero bytes.
     */
    static boolean looksLikeText(byte[] file) {
        int length = Math.min(file.length, TEXT_SAMPLE);
        if (length >= 2 && ((file[0] == (byte) 0xFF && file[1] == (byte) 0xFE) || (file[0] == (byte) 0xFE && file[1] == (byte) 0xFF))) {
            return true;
        }
        int[] zeros = new int[2];
        for (int i = 0; i < length; i++) {
            if (file[i] == 0) {
                zeros[i % 2]++;
            }
        }
        // UTF-16 without a byte order mark: every other byte of Latin text is zero.
        if (length >= 2 && (zeros[0] >= length / 4 || zeros[1] >= length / 4) && (zeros[0] == 0 || zeros[1] == 0)) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            int b = file[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
