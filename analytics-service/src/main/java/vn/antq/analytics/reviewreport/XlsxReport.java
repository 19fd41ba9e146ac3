package vn.antq.analytics.reviewreport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;

/**
 * The report as an XLSX workbook: one sheet per section, its tables one under the other, numbers as numeric cells.
 * Text that begins with {@code = + - @} is written with a leading apostrophe, so that no spreadsheet ever takes a
 * name or a title for a formula.
 */
final class XlsxReport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxReport() {
    }

    static byte[] render(ReviewReport report) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Set<String> names = new HashSet<>();
            for (Section section : report.sections()) {
                Sheet sheet = workbook.createSheet(sheetName(section.sheet(), names));
                int r = 0;
                if (names.size() == 1) {
                    text(sheet.createRow(r++), 0, report.title(), bold);
                    text(sheet.createRow(r++), 0, report.periodText() + " · " + report.localityText() + " · "
                            + ReportText.of("figures-as-of", report.locale()) + " " + ReportFormat.dateTime(report.asOf(), report.locale()),
                            null);
                    r++;
                }
                text(sheet.createRow(r++), 0, section.title(), bold);
                for (Table table : section.tables()) {
                    text(sheet.createRow(r++), 0, table.title(), bold);
                    Row header = sheet.createRow(r++);
                    List<Column> columns = table.columns();
                    for (int c = 0; c < columns.size(); c++) {
                        text(header, c, columns.get(c).header(), bold);
                    }
                    for (List<Object> cells : table.rows()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            Object value = cells.get(c);
                            if (value instanceof Number n) {
                                Cell cell = row.createCell(c);
                                cell.setCellValue(n.doubleValue());
                                cell.setCellStyle(number);
                            } else {
                                text(row, c, value == null ? "" : value.toString(), null);
                            }
                        }
                    }
                    r++;
                }
                for (int c = 0; c < 8; c++) {
                    sheet.setColumnWidth(c, c == 0 ? 12_000 : 5_000);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text that a spreadsheet could read as a formula gets a leading apostrophe. */
    static String escaped(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(escaped(text));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /**
     * A section's short name as its sheet's name. The report names its sections so that they fit Excel's 31 characters
     * and none of {@code : \ / ? * [ ]}: a name that does not is a fault of the report, not something to cut.
     */
    private static String sheetName(String name, Set<String> used) {
        try {
            WorkbookUtil.validateSheetName(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Not a sheet name: " + name, e);
        }
        if (!used.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("Two sheets named " + name);
        }
        return name;
    }
}
