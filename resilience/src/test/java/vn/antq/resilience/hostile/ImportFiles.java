package vn.antq.resilience.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Places;

/**
 * Import files as agencies' clerks make them: rows of the import template (event-service's columns), written as
 * CSV (any separator, line end and byte order mark) or XLSX, with any cell replaced by whatever a case needs.
 */
final class ImportFiles {

    static final List<String> COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district", "commune",
            "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women", "ethnicMinority",
            "reach", "copies");

    private ImportFiles() {
    }

    /** A valid row for {@code activity}, column name -> cell text. */
    static Map<String, String> row(Activity activity) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("agency", activity.agency());
        row.put("partnerAgencies", String.join(";", activity.partnerAgencies()));
        row.put("level", "COMMUNE");
        row.put("province", activity.province());
        row.put("district", activity.district());
        row.put("commune", activity.commune());
        row.put("kind", activity.kind().name());
        row.put("channel", "");
        row.put("topics", "phòng chống tội phạm");
        row.put("title", activity.title());
        row.put("startDate", activity.startDate().toString());
        row.put("endDate", activity.startDate().toString());
        row.put("participants", String.valueOf(activity.participants()));
        row.put("women", String.valueOf(activity.women()));
        row.put("ethnicMinority", String.valueOf(activity.ethnicMinority()));
        row.put("reach", String.valueOf(activity.reach()));
        row.put("copies", String.valueOf(activity.copies()));
        return row;
    }

    static List<Map<String, String>> rows(String agency, Places places, Random random, int count) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(Activity.random(agency, places, random)));
        }
        return rows;
    }

    /** CSV text: header then rows, quoted where RFC 4180 needs it. */
    static String csv(List<Map<String, String>> rows, char separator, String lineEnd) {
        StringBuilder text = new StringBuilder(String.join(String.valueOf(separator), COLUMNS)).append(lineEnd);
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : COLUMNS) {
                cells.add(quoted(row.getOrDefault(column, ""), separator));
            }
            text.append(String.join(String.valueOf(separator), cells)).append(lineEnd);
        }
        return text.toString();
    }

    /**
     * An XLSX workbook of the rows, streamed so that a file of a million rows can be made; a cell whose text starts
     * with {@code "=formula:"} becomes a formula cell.
     */
    static byte[] xlsx(List<Map<String, String>> rows) {
        return xlsx(rows.size(), i -> rows.get(i));
    }

    static byte[] xlsx(int count, IntFunction<Map<String, String>> rowAt) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet("Hoạt động");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            for (int i = 0; i < count; i++) {
                Map<String, String> values = rowAt.apply(i);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String value = values.getOrDefault(COLUMNS.get(c), "");
                    if (value.startsWith("=formula:")) {
                        row.createCell(c).setCellFormula(value.substring("=formula:".length()));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell, char separator) {
        boolean needs = cell.indexOf(separator) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
