package vn.antq.activities.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetRowsTest {

    private final SpreadsheetRows reader = new SpreadsheetRows(100);

    @Test
    void textInAnotherEncodingIsToldToBeSavedAsUtf8() {
        byte[] utf16 = "title,participants\nHọp thôn,12\n".getBytes(StandardCharsets.UTF_16LE);

        assertThatThrownBy(() -> reader.read(utf16, SpreadsheetRows.Declared.XLSX))
                .isInstanceOf(SpreadsheetRows.Unreadable.class).hasMessage("import.file.not-utf8");
    }

    @Test
    void anOldExcelWorkbookIsNamedAsSuch() {
        byte[] xls = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                0x1A, (byte) 0xE1}, 512);

        assertThatThrownBy(() -> reader.read(xls, SpreadsheetRows.Declared.UNKNOWN))
                .isInstanceOf(SpreadsheetRows.Unreadable.class).hasMessage("import.file.old-xls");
    }

    @Test
    void aZipThatIsNoWorkbookIsNotAReadableXlsxWhateverItClaims() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};

        assertThatThrownBy(() -> reader.read(zip, SpreadsheetRows.Declared.CSV))
                .isInstanceOf(SpreadsheetRows.Unreadable.class).hasMessage("import.file.not-xlsx");
    }

    @Test
    void aNumberIsReadAsWrittenWhateverItsDisplayFormat() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("participants");
            var grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            var cell = sheet.createRow(1).createCell(0);
            cell.setCellValue(1234);
            cell.setCellStyle(grouped);
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        SpreadsheetRows.Table table = reader.read(xlsx, SpreadsheetRows.Declared.XLSX);

        assertThat(table.rows().get(0).cells()).containsEntry("participants", "1234");
    }

    @Test
    void whatASenderDeclaresComesFromTheFileNameBeforeTheMediaType() {
        assertThat(SpreadsheetRows.Declared.of("application/vnd.ms-excel", "hoat-dong.CSV"))
                .isEqualTo(SpreadsheetRows.Declared.CSV);
        assertThat(SpreadsheetRows.Declared.of(ImportController.XLSX, null)).isEqualTo(SpreadsheetRows.Declared.XLSX);
        assertThat(SpreadsheetRows.Declared.of("text/csv; charset=UTF-8", null)).isEqualTo(SpreadsheetRows.Declared.CSV);
        assertThat(SpreadsheetRows.Declared.of("application/octet-stream", "data.bin"))
                .isEqualTo(SpreadsheetRows.Declared.UNKNOWN);
    }
}
