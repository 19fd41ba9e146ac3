package vn.antq.analytics.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.analytics.support.Rows;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;

/**
 * A burst of 20,000 events (10,000 activities recorded, then revised or cancelled) is applied exactly, live and
 * again by a rebuild's replay; the time each takes is logged as events per second. Measurements, not timed
 * assertions: the benchmarks are a separate command.
 */
@AnalyticsIntegrationTest
class BurstIT {

    private static final Logger log = LoggerFactory.getLogger(BurstIT.class);
    /** Đà Nẵng: only this class records activities there. */
    private static final String DA_NANG = "48";

    @LocalServerPort
    int port;

    @Test
    void twentyThousandEventsAreAppliedExactly() {
        Api api = new Api(port);
        api.awaitCaughtUp();
        Random random = new Random(2019);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(DA_NANG, Structure.Y2019);
        List<ActivityEvent> published = new ArrayList<>();
        Map<String, ActivityEvent> last = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            ActivityEvent first = ParticipationIT.randomActivity("burst-" + run + "-" + i, 1, random, communes, DA_NANG);
            published.add(first);
            last.put(first.id(), first);
        }
        for (ActivityEvent first : List.copyOf(last.values())) {
            ActivityEvent second = random.nextInt(5) == 0 ? ParticipationIT.cancelled(first)
                    : ParticipationIT.withVersion(ParticipationIT.randomActivity(first.id(), 2, random, communes, DA_NANG), 2);
            published.add(second);
            last.put(first.id(), second);
        }

        Instant start = Instant.now();
        try (Events events = new Events()) {
            published.forEach(activity -> events.publish(ParticipationIT.contractOf(activity), activity));
        }
        Instant sent = Instant.now();
        api.awaitCaughtUp();
        Duration took = Duration.between(start, Instant.now());
        log.info("Burst: {} events published in {} ms, all applied after {} ms: {} events/s end to end",
                published.size(), Duration.between(start, sent).toMillis(), took.toMillis(),
                published.size() * 1000L / Math.max(1, took.toMillis()));

        assertTotalsMatch(api, last);

        Api.Response started = api.call("POST", "/rebuild", Api.admin());
        assertThat(started.status()).isEqualTo(202);
        String id = started.json().get("id").toString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> List.of("DONE", "FAILED").contains(api.get("/rebuild/" + id, Api.admin()).get("state")));
        Map<String, Object> rebuild = api.get("/rebuild/" + id, Api.admin());
        assertThat(rebuild.get("state")).isEqualTo("DONE");
        long replayMillis = Duration.between(OffsetDateTime.parse((String) rebuild.get("startedAt")),
                OffsetDateTime.parse((String) rebuild.get("caughtUpAt"))).toMillis();
        long replayed = ((Number) rebuild.get("recordsRead")).longValue();
        log.info("Rebuild: {} records replayed in {} ms: {} records/s", replayed, replayMillis,
                replayed * 1000 / Math.max(1, replayMillis));
        assertTotalsMatch(api, last);
    }

    private static void assertTotalsMatch(Api api, Map<String, ActivityEvent> last) {
        List<ActivityEvent> counted = last.values().stream()
                .filter(activity -> activity.status() == ActivityStatus.RECORDED).toList();
        Map<String, Function<ActivityEvent, Long>> totals = new LinkedHashMap<>();
        totals.put("activities", activity -> 1L);
        totals.put("participants", ActivityEvent::participants);
        totals.put("women", ActivityEvent::women);
        totals.put("ethnicMinority", ActivityEvent::ethnicMinority);
        totals.put("reach", ActivityEvent::reach);
        totals.put("copies", ActivityEvent::copies);
        Map<String, Function<ActivityEvent, Object>> keys = new LinkedHashMap<>();
        keys.put("agency", ActivityEvent::agency);
        keys.put("year", activity -> (long) activity.startDate().getYear());
        assertThat(Rows.actual(Api.rows(api.get("/participation?locality=" + DA_NANG + "&groupBy=agency,year")),
                List.of("agency", "year"), ParticipationCells.TOTALS)).isEqualTo(Rows.expected(counted, keys, totals));
    }
}
