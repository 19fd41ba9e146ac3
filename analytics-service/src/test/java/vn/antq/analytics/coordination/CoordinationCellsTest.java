package vn.antq.analytics.coordination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Contribution;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;

class CoordinationCellsTest {

    private static final Place DAK_TO = new Place("62", "612", "23401", "Tỉnh Kon Tum", "Huyện Đắk Tô", "Thị trấn Đắk Tô");

    @Test
    void anActivityWithTwoPartnersCountsForEachOfTheThreePairs() {
        List<Contribution> contributions = CoordinationCells.of(TestEvents.activity("a1", 1, "WOMEN_UNION",
                List.of("POLICE", "FARMERS"), TestEvents.DAK_TO, ActivityKind.MOCK_TRIAL, LocalDate.of(2023, 11, 5), 300,
                150, 100, 0, 0, ActivityStatus.RECORDED), DAK_TO);

        assertThat(contributions).extracting(contribution -> contribution.dimensions().get("pair"))
                .containsExactly("FARMERS|POLICE", "FARMERS|WOMEN_UNION", "POLICE|WOMEN_UNION");
        assertThat(contributions).allSatisfy(contribution -> {
            assertThat(contribution.totals()).containsEntry("jointActivities", 1L).containsEntry("participants", 300L);
            assertThat(contribution.cell().key()).endsWith("|23401|2023-11");
        });
    }

    @Test
    void anActivityOfOneAgencyOrCancelledFormsNoPair() {
        assertThat(CoordinationCells.of(TestEvents.meeting("a2", 1, "POLICE", LocalDate.of(2023, 1, 1), 10), DAK_TO)).isEmpty();
        assertThat(CoordinationCells.of(TestEvents.activity("a3", 2, "POLICE", List.of("VETERANS"), TestEvents.DAK_TO,
                ActivityKind.SEMINAR, LocalDate.of(2023, 1, 1), 10, 0, 0, 0, 0, ActivityStatus.CANCELLED), DAK_TO)).isEmpty();
    }

    @Test
    void aPairIsNamedTheSameWhoeverLeads() {
        assertThat(CoordinationCells.pair("WOMEN_UNION", "POLICE")).isEqualTo(CoordinationCells.pair("POLICE", "WOMEN_UNION"))
                .isEqualTo("POLICE|WOMEN_UNION");
    }
}
