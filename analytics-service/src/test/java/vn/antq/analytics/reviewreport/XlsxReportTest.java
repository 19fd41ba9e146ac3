package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a spreadsheet could take for a formula is written as text. */
class XlsxReportTest {

    @Test
    void textBeginningWithAFormulaSignGetsALeadingApostrophe() {
        assertThat(XlsxReport.escaped("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(XlsxReport.escaped("+84 260 3862 000")).isEqualTo("'+84 260 3862 000");
        assertThat(XlsxReport.escaped("-5 ngày")).isEqualTo("'-5 ngày");
        assertThat(XlsxReport.escaped("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void otherTextIsUnchanged() {
        assertThat(XlsxReport.escaped("Hội Liên hiệp Phụ nữ")).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(XlsxReport.escaped("Tổ 1 = tổ 2")).isEqualTo("Tổ 1 = tổ 2");
        assertThat(XlsxReport.escaped("")).isEmpty();
    }
}
