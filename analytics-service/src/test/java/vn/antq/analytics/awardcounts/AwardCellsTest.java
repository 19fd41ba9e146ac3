package vn.antq.analytics.awardcounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.projection.Contribution;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;

class AwardCellsTest {

    private static final Place KON_TUM = new Place("62", null, null, "Tỉnh Kon Tum", null, null);

    @Test
    void anAwardCountsInItsCurrentStatusInTheYearOfItsDecision() {
        Contribution conferred = AwardCells.of(TestEvents.award("w1", 3, AwardForm.CERTIFICATE_OF_MERIT, "WOMEN_UNION",
                AwardStatus.CONFERRED, LocalDate.of(2024, 12, 20), "r1", Instant.parse("2025-01-05T02:00:00Z")), KON_TUM).get(0);

        assertThat(conferred.dimensions()).containsEntry("agency", "WOMEN_UNION").containsEntry("form", "CERTIFICATE_OF_MERIT")
                .containsEntry("recipientType", "COLLECTIVE").containsEntry("year", 2024);
        assertThat(conferred.totals()).containsExactly(java.util.Map.entry("conferred", 1L));
    }

    @Test
    void aNominationCountsInTheYearItWasMadeInVietnam() {
        // 31 Dec 2023, 18:00 UTC is already 1 Jan 2024 in Vietnam.
        Contribution nominated = AwardCells.of(TestEvents.award("w2", 1, AwardForm.PUBLIC_COMMENDATION, "POLICE",
                AwardStatus.NOMINATED, null, null, Instant.parse("2023-12-31T18:00:00Z")), KON_TUM).get(0);

        assertThat(nominated.dimensions()).containsEntry("year", 2024);
        assertThat(nominated.totals()).containsOnlyKeys("nominated");
    }
}
