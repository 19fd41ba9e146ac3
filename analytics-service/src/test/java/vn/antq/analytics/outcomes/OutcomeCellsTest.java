package vn.antq.analytics.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.dimension.Place;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.outcome.OutcomeEvent;

class OutcomeCellsTest {

    private static final Place WARD_7 = new Place("68", "672", "24769", "Tỉnh Lâm Đồng", "Thành phố Đà Lạt", "Phường 7");

    @Test
    void aCommunesMonthIsOneCellHoldingItsFiguresAndTheirSumOfCrimes() {
        OutcomeEvent outcome = new OutcomeEvent("24769:2023-03", 2, "police", Instant.parse("2023-04-02T00:00:00Z"),
                new Locality("68", "672", "24769"), "2023-03", 2, 1, 0, 3, 4, 5, 6, 7, 8);

        assertThat(OutcomeCells.of(outcome, WARD_7)).singleElement().satisfies(contribution -> {
            assertThat(contribution.cell().collection()).isEqualTo("outcomes");
            assertThat(contribution.cell().key()).isEqualTo("24769|2023-03");
            assertThat(contribution.dimensions()).containsEntry("district", "672").containsEntry("communeName", "Phường 7")
                    .containsEntry("year", 2023).containsEntry("quarter", "2023-Q1").containsEntry("month", "2023-03");
            assertThat(contribution.totals()).containsEntry("outcomeRecords", 1L).containsEntry("crimes", 6L)
                    .containsEntry("drugCrimes", 2L).containsEntry("socialEvils", 4L).containsEntry("crimeReports", 5L)
                    .containsEntry("offendersReintegrated", 6L).containsEntry("disputesMediated", 7L)
                    .containsEntry("securityIncidents", 8L);
        });
    }
}
