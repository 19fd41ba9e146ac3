package vn.antq.analytics.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Contribution;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.period.PeriodStep;

class PeriodCellsTest {

    private static final Locality NGU_PHUNG = new Locality("60", "602", "23272");
    private static final Place PLACE = new Place("60", "602", "23272", "Tỉnh Bình Thuận", "Huyện Phú Quí", "Xã Ngũ Phụng");

    @Test
    void aReportFillsTheCellOfItsDataSetAgencyUnitAndPeriodWithWhereItStands() {
        List<Contribution> cells = PeriodCells.of(TestEvents.period("POLICE", NGU_PHUNG, "2024-05", 2, PeriodStep.RETURNED,
                "2024-06-03T02:00:00Z", 12), PLACE);

        assertThat(cells).singleElement().satisfies(cell -> {
            assertThat(cell.cell().key()).isEqualTo("ACTIVITIES|POLICE|23272|2024-05");
            assertThat(cell.totals()).isEqualTo(Map.of("submitted", 0L, "approved", 0L, "returned", 1L, "reopened", 0L,
                    "records", 12L, "daysToFirstSubmission", 3L));
            assertThat(cell.dimensions()).containsEntry("period", "2024-05").containsEntry("level", "COMMUNE")
                    .containsEntry("district", "602").containsEntry("communeName", "Xã Ngũ Phụng");
        });
    }

    @Test
    void theDaysToTheFirstSubmissionCountVietnamDates() {
        // 17:30 UTC on 5 June is already 6 June in Vietnam.
        Contribution late = PeriodCells.of(TestEvents.period("POLICE", NGU_PHUNG, "2024-05", 1, PeriodStep.SUBMITTED,
                "2024-06-05T17:30:00Z", 1), PLACE).get(0);
        Contribution quarter = PeriodCells.of(TestEvents.period("POLICE", NGU_PHUNG, "2024-Q2", 1, PeriodStep.SUBMITTED,
                "2024-06-29T02:00:00Z", 1), PLACE).get(0);

        assertThat(late.totals()).containsEntry("daysToFirstSubmission", 6L).containsEntry("submitted", 1L);
        assertThat(quarter.totals()).containsEntry("daysToFirstSubmission", -1L);
    }
}
