package vn.antq.activities.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an uploaded CSV (UTF-8, comma or semicolon separated, optional BOM) or XLSX
 * file (first sheet) into header -> cell text maps. The first row is the header; row numbers are
 * the spreadsheet's own, so the first data row is row 2.
 */
public final class SpreadsheetRows {

    /** A data row as text cells keyed by lower-case header name. */
    public record Row(int number, Map<String, String> cells) {
    }

    /** The file as a whole cannot be read; nothing of it is imported. */
    public static final class Unreadable extends RuntimeException {
        private final String messageVi;
        private final String messageEn;

        Unreadable(String messageVi, String messageEn) {
            super(messageEn);
            this.messageVi = messageVi;
            this.messageEn = messageEn;
        }

        public String messageVi() {
            return messageVi;
        }

        public String messageEn() {
            return messageEn;
        }
    }

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private final int maxRows;

    public SpreadsheetRows(int maxRows) {
        this.maxRows = maxRows;
    }

    public List<Row> read(byte[] file) {
        if (file.length == 0) {
            throw new Unreadable("Tệp rỗng", "The file is empty");
        }
        return startsWith(file, ZIP_MAGIC) ? readXlsx(file) : readCsv(file);
    }

    private List<Row> readCsv(byte[] file) {
        String text = utf8(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = firstLine(text).chars().filter(c -> c == ';').count()
                > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> headers = normalised(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    cells.put(headers.get(i), record.get(i));
                }
                addRow(rows, new Row((int) record.getRecordNumber() + 1, cells));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("Tệp CSV không đọc được: " + e.getMessage(), "The CSV file cannot be read: " + e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new Unreadable("Tệp CSV không đọc được: " + e.getCause().getMessage(),
                    "The CSV file cannot be read: " + e.getCause().getMessage());
        }
        return rows;
    }

    private List<Row> readXlsx(byte[] file) {
        List<Row> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new Unreadable("Tệp XLSX không có trang tính nào", "The XLSX file has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> headers = null;
            for (org.apache.poi.ss.usermodel.Row row : sheet) {
                if (headers == null) {
                    headers = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        headers.add(cellText(row.getCell(i), formatter));
                    }
                    headers = normalised(headers);
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < headers.size(); i++) {
                    String text = cellText(row.getCell(i), formatter);
                    empty &= text.isEmpty();
                    cells.put(headers.get(i), text);
                }
                if (!empty) {
                    addRow(rows, new Row(row.getRowNum() + 1, cells));
                }
            }
            if (headers == null) {
                throw new Unreadable("Tệp không có dòng tiêu đề", "The file has no header row");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable unreadable) {
                throw unreadable;
            }
            throw new Unreadable("Tệp XLSX không đọc được", "The XLSX file cannot be read");
        }
        return rows;
    }

    private void addRow(List<Row> rows, Row row) {
        if (rows.size() >= maxRows) {
            throw new Unreadable("Tệp có quá " + maxRows + " dòng; hãy chia thành nhiều tệp",
                    "The file has more than " + maxRows + " rows; split it into several files");
        }
        rows.add(row);
    }

    /** Formulas are refused: a cell must hold the value itself, never something to compute. */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return FORMULA_MARKER;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    /** What a formula cell reads as; the row reader rejects it with a clear reason. */
    public static final String FORMULA_MARKER = "\u0000formula";

    private static List<String> normalised(List<String> headers) {
        return headers.stream().map(h -> h == null ? "" : h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static String utf8(byte[] file) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("Tệp CSV phải được lưu với mã UTF-8", "The CSV file must be saved as UTF-8");
        }
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
