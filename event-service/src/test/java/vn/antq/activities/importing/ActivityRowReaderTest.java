package vn.antq.activities.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.Text;

class ActivityRowReaderTest {

    @Test
    void aHeaderOfManyUnknownColumnsIsNamedByItsFirstFewEachCutShort() {
        List<String> headers = new ArrayList<>(ActivityRowReader.COLUMNS);
        for (int i = 0; i < 10_000; i++) {
            headers.add("x".repeat(1000) + i);
        }

        List<FieldProblem> problems = ActivityRowReader.headerProblems(headers);

        assertThat(problems).hasSize(1);
        Object names = ((Text.Message) problems.get(0).message()).resolvable().getArguments()[0];
        assertThat(names.toString()).hasSizeLessThan(500).endsWith(", …");
    }

    @Test
    void headerNamesCompareWithoutCaseAndBlankOnesAreAllowed() {
        List<String> headers = new ArrayList<>(ActivityRowReader.COLUMNS.stream().map(String::toUpperCase).toList());
        headers.add("");

        assertThat(ActivityRowReader.headerProblems(headers)).isEmpty();
    }

    @Test
    void theReasonsColumnIsAllowedOnceOrTwiceAndItsCellsAreNeverRead() {
        List<String> headers = new ArrayList<>(ActivityRowReader.COLUMNS);
        headers.add("Lý do bị từ chối (rejectedBecause)");
        headers.add(" Reasons ( REJECTEDBECAUSE ) ");
        SpreadsheetRows.Row row = new SpreadsheetRows.Row(2, Map.of("title", "Họp thôn", "rejectedbecause", "=1+1"),
                Map.of("rejectedbecause", "=SUM(A1:A2)"), Map.of());

        assertThat(ActivityRowReader.headerProblems(headers)).isEmpty();
        assertThat(ActivityRowReader.headerProblems(List.of("title", "rejectedBecause", "Ghi chú"))).hasSize(2)
                .extracting(p -> ((Text.Message) p.message()).resolvable().getCodes()[0])
                .containsExactlyInAnyOrder("import.columns.missing", "import.columns.unknown");
        assertThat(new ActivityRowReader().read(row, "WOMEN_UNION").problems()).isEmpty();
    }

    @Test
    void aTextBehindTheApostropheOfASpreadsheetCsvIsReadWithoutIt() {
        assertThat(ActivityRowReader.unescaped("'-10% so với năm trước")).isEqualTo("-10% so với năm trước");
        assertThat(ActivityRowReader.unescaped("'=1+1")).isEqualTo("=1+1");
        assertThat(ActivityRowReader.unescaped("'+84 905")).isEqualTo("+84 905");
        assertThat(ActivityRowReader.unescaped("'@SUM")).isEqualTo("@SUM");
        assertThat(ActivityRowReader.unescaped("'Hái hoa'")).isEqualTo("'Hái hoa'");
        assertThat(ActivityRowReader.unescaped("'")).isEqualTo("'");
    }

    @Test
    void aShorterAllDigitLocalityCodeIsThatCodeZeroPadded() {
        SpreadsheetRows.Row row = new SpreadsheetRows.Row(2,
                Map.of("province", "1", "district", "1", "commune", "1", "title", "Họp thôn"), Map.of(), Map.of());

        ActivityRowReader.Read read = new ActivityRowReader().read(row, "WOMEN_UNION");

        assertThat(read.problems()).isEmpty();
        assertThat(read.form().locality().province()).isEqualTo("01");
        assertThat(read.form().locality().district()).isEqualTo("001");
        assertThat(read.form().locality().commune()).isEqualTo("00001");
    }
}
