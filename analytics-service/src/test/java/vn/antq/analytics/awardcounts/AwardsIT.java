package vn.antq.analytics.awardcounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.TestEvents;
import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.analytics.support.Rows;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.kit.security.Role;

/**
 * The 2019-2024 final review of Kon Tum and its commendations (seed article, points 5 and 7): 31 collectives and
 * individuals commended, 5 Certificates of Merit for Women's Union units. Only this class publishes awards
 * decided in 2024 and reviews held in province 62 without a district.
 */
@AnalyticsIntegrationTest
class AwardsIT {

    private static final Locality KON_TUM = Locality.ofProvince("62");
    private static final LocalDate CONFERENCE = LocalDate.of(2024, 12, 20);

    @LocalServerPort
    int port;

    @Test
    void theThirtyOneCommendationsOfTheFinalReviewAppearByAgencyAndForm() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String reviewId = "final-2019-2024-" + run;
        Map<String, Integer> merit = Map.of("WOMEN_UNION", 5, "POLICE", 4, "VETERANS", 2, "FARMERS", 2);
        Map<String, Integer> commendations = Map.of("WOMEN_UNION", 3, "POLICE", 6, "VETERANS", 4, "FARMERS", 5);
        try (Events events = new Events()) {
            events.publish(EventContract.REVIEW_HELD, TestEvents.review(reviewId, ReviewKind.FINAL, "JOINT",
                    List.of("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS"), KON_TUM, CONFERENCE));
            int n = 0;
            for (Map.Entry<AwardForm, Map<String, Integer>> form : Map.of(AwardForm.CERTIFICATE_OF_MERIT, merit,
                    AwardForm.PUBLIC_COMMENDATION, commendations).entrySet()) {
                for (Map.Entry<String, Integer> agency : form.getValue().entrySet()) {
                    for (int i = 0; i < agency.getValue(); i++) {
                        String id = "award-" + run + "-" + n++;
                        // Nominated, approved, conferred: each version replaces the last.
                        events.publish(EventContract.AWARD_CHANGED, award(id, 1, form.getKey(), agency.getKey(),
                                AwardStatus.NOMINATED, reviewId));
                        events.publish(EventContract.AWARD_CHANGED, award(id, 2, form.getKey(), agency.getKey(),
                                AwardStatus.APPROVED, reviewId));
                        events.publish(EventContract.AWARD_CHANGED, award(id, 3, form.getKey(), agency.getKey(),
                                AwardStatus.CONFERRED, reviewId));
                    }
                }
            }
            // One more nomination for the Women's Union, rejected: not a commendation.
            events.publish(EventContract.AWARD_CHANGED, award("award-" + run + "-rejected", 1, AwardForm.CERTIFICATE_OF_MERIT,
                    "WOMEN_UNION", AwardStatus.NOMINATED, reviewId));
            events.publish(EventContract.AWARD_CHANGED, award("award-" + run + "-rejected", 2, AwardForm.CERTIFICATE_OF_MERIT,
                    "WOMEN_UNION", AwardStatus.REJECTED, reviewId));
        }

        List<Map<String, Object>> expected = new ArrayList<>();
        for (String agency : List.of("FARMERS", "POLICE", "VETERANS", "WOMEN_UNION")) {
            expected.add(row(agency, "CERTIFICATE_OF_MERIT", merit.get(agency), agency.equals("WOMEN_UNION") ? 1 : 0));
            expected.add(row(agency, "PUBLIC_COMMENDATION", commendations.get(agency), 0));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> answer = api.get("/awards?from=2024&to=2024&groupBy=agency,form");
            assertThat(Rows.actual(Api.rows(answer), List.of("agency", "form"), AwardCells.TOTALS)).isEqualTo(expected);
            assertThat(Api.totals(answer)).containsEntry("conferred", 31).containsEntry("rejected", 1)
                    .containsEntry("nominated", 0).containsEntry("approved", 0);
        });

        // A Women's Union user sees only its own agency's awards.
        Map<String, Object> own = api.get("/awards?from=2024&to=2024&form=CERTIFICATE_OF_MERIT&groupBy=agency",
                Api.token("WOMEN_UNION", null, Role.RECORDER));
        assertThat(Api.rows(own)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("agency", "WOMEN_UNION").containsEntry("conferred", 5));
    }

    @Test
    void theCadenceOfReviewsShowsTheLongestGapBetweenInterimReviews() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Locality konPlong = new Locality("62", "613", null);
        try (Events events = new Events()) {
            for (String heldOn : List.of("2020-06-25", "2021-06-28", "2023-12-20")) {
                events.publish(EventContract.REVIEW_HELD, TestEvents.review("interim-" + run + "-" + heldOn,
                        ReviewKind.INTERIM, "VETERANS", List.of(), konPlong, LocalDate.parse(heldOn)));
            }
            events.publish(EventContract.REVIEW_HELD, TestEvents.review("final-" + run, ReviewKind.FINAL, "JOINT",
                    List.of("VETERANS", "FARMERS"), konPlong, LocalDate.of(2024, 11, 5)));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> answer = api.get("/reviews?agency=VETERANS&locality=613");
            assertThat(Api.rows(answer)).singleElement().satisfies(row -> {
                assertThat(row).containsEntry("agency", "VETERANS").containsEntry("locality", "613")
                        .containsEntry("districtName", "Huyện Kon Plông").containsEntry("interim", 3).containsEntry("final", 1)
                        .containsEntry("lastInterimHeldOn", "2023-12-20").containsEntry("lastFinalHeldOn", "2024-11-05")
                        .containsEntry("longestInterimGap", Map.of("from", "2021-06-28", "to", "2023-12-20", "days", 905,
                                "months", 29));
                assertThat((List<?>) row.get("byYear")).hasSize(4);
            });
        });
        assertThat(Api.rows(api.get("/reviews?agency=FARMERS&locality=613"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("final", 1).containsEntry("longestInterimGap", null));
    }

    private static Map<String, Object> row(String agency, String form, long conferred, long rejected) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("agency", agency);
        row.put("form", form);
        row.put("nominated", 0L);
        row.put("approved", 0L);
        row.put("rejected", rejected);
        row.put("conferred", conferred);
        row.put("revoked", 0L);
        return row;
    }

    private static vn.antq.contracts.award.AwardEvent award(String id, long version, AwardForm form, String agency,
            AwardStatus status, String reviewId) {
        return TestEvents.award(id, version, form, agency, status, CONFERENCE, reviewId,
                Instant.parse("2024-12-01T02:00:00Z").plusSeconds(version * 3600));
    }
}
