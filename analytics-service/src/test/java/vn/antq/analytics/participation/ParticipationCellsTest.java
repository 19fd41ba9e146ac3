package vn.antq.analytics.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Contribution;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;

class ParticipationCellsTest {

    private static final Place DAK_TO = new Place("62", "612", "23401", "Tỉnh Kon Tum", "Huyện Đắk Tô", "Thị trấn Đắk Tô");

    @Test
    void anActivityCountsOnceInTheMonthOfItsStartForItsAgency() {
        List<Contribution> contributions = ParticipationCells.of(TestEvents.activity("a1", 1, "WOMEN_UNION",
                List.of("POLICE"), TestEvents.DAK_TO, ActivityKind.FANPAGE_POST, LocalDate.of(2024, 5, 31), 120, 70, 40,
                900, 0, ActivityStatus.RECORDED), DAK_TO);

        assertThat(contributions).singleElement().satisfies(contribution -> {
            assertThat(contribution.cell().collection()).isEqualTo("participation");
            assertThat(contribution.cell().key()).isEqualTo("WOMEN_UNION|23401|2024-05|ONLINE|FANPAGE_POST");
            assertThat(contribution.dimensions()).containsEntry("agency", "WOMEN_UNION").containsEntry("district", "612")
                    .containsEntry("districtName", "Huyện Đắk Tô").containsEntry("year", 2024)
                    .containsEntry("quarter", "2024-Q2").containsEntry("month", "2024-05")
                    .containsEntry("channel", "ONLINE").containsEntry("kind", "FANPAGE_POST");
            assertThat(contribution.totals()).containsEntry("activities", 1L).containsEntry("participants", 120L)
                    .containsEntry("women", 70L).containsEntry("ethnicMinority", 40L).containsEntry("reach", 900L)
                    .containsEntry("copies", 0L);
        });
    }

    @Test
    void aCancelledActivityContributesNothing() {
        assertThat(ParticipationCells.of(TestEvents.activity("a1", 2, "POLICE", List.of(), TestEvents.DAK_TO,
                ActivityKind.SEMINAR, LocalDate.of(2024, 5, 1), 10, 1, 1, 0, 0, ActivityStatus.CANCELLED), DAK_TO)).isEmpty();
    }

    @Test
    void aProvinceLevelActivityHasNoDistrictOrCommune() {
        Place province = new Place("62", null, null, "Tỉnh Kon Tum", null, null);
        Contribution contribution = ParticipationCells.of(TestEvents.meeting("a2", 1, "POLICE", LocalDate.of(2020, 1, 2), 5),
                province).get(0);

        assertThat(contribution.cell().key()).isEqualTo("POLICE|62|2020-01|DIRECT|VILLAGE_MEETING");
        assertThat(contribution.dimensions()).doesNotContainKeys("district", "commune", "districtName");
    }
}
