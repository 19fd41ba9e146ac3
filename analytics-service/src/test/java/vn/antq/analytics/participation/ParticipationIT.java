package vn.antq.analytics.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
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
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;

/**
 * Activities recorded, revised and cancelled, published as events (some of them again and again, some old
 * versions after new ones): the participation and coordination answers must equal the sums over the final states
 * of the activities that were not cancelled, which the test computes itself from what it generated.
 */
@AnalyticsIntegrationTest
class ParticipationIT {

    private static final Logger log = LoggerFactory.getLogger(ParticipationIT.class);
    private static final List<String> AGENCIES = List.of("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS");
    private static final List<String> TOTALS = ParticipationCells.TOTALS;
    /** Kon Tum: only this class records activities there. */
    private static final String PROVINCE = "62";
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.values());

    @LocalServerPort
    int port;

    @Test
    void totalsEqualTheFinalStatesAndDuplicatesOrStaleVersionsChangeNothing() {
        Api api = new Api(port);
        Random random = new Random(20240531);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<ActivityEvent> published = new ArrayList<>();
        Map<String, ActivityEvent> finalStates = new LinkedHashMap<>();
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(PROVINCE, vn.antq.gazetteer.Structure.Y2019);
        for (int i = 0; i < 300; i++) {
            ActivityEvent activity = randomActivity("kt-" + run + "-" + i, 1, random, communes);
            published.add(activity);
            finalStates.put(activity.id(), activity);
        }
        for (ActivityEvent first : List.copyOf(finalStates.values())) {
            int fate = random.nextInt(10);
            ActivityEvent last = first;
            if (fate < 3) { // revised, maybe twice: anything may change, even the place, the kind and the date
                last = withVersion(randomActivity(first.id(), 2, random, communes), 2);
                published.add(last);
                if (random.nextBoolean()) {
                    last = withVersion(randomActivity(first.id(), 3, random, communes), 3);
                    published.add(last);
                }
            }
            if (fate >= 8) { // cancelled
                last = cancelled(last);
                published.add(last);
            }
            finalStates.put(first.id(), last);
        }
        List<ActivityEvent> counted = finalStates.values().stream()
                .filter(activity -> activity.status() == ActivityStatus.RECORDED).toList();

        try (Events events = new Events()) {
            Instant start = Instant.now();
            published.forEach(activity -> events.publish(contractOf(activity), activity));
            events.flush();
            api.awaitCaughtUp();
            log.info("{} activity events applied in {} ms", published.size(), Duration.between(start, Instant.now()).toMillis());
            assertAnswersMatch(api, counted);

            // Every event twice more, and the first versions of the revised ones once more after everything.
            for (int round = 0; round < 2; round++) {
                published.forEach(activity -> events.publish(contractOf(activity), activity));
            }
            published.stream().filter(activity -> activity.version() == 1 && finalStates.get(activity.id()).version() > 1)
                    .forEach(activity -> events.publish(EventContract.ACTIVITY_RECORDED, activity));
            events.flush();
            api.awaitCaughtUp();
            assertAnswersMatch(api, counted);
        }
    }

    @Test
    void localityKeysComeWithTheirVietnameseNames() {
        Api api = new Api(port);
        String run = UUID.randomUUID().toString().substring(0, 8);
        ActivityEvent activity = new ActivityEvent("names-" + run, 1, "tester", Instant.now(), "VETERANS", List.of(),
                Level.COMMUNE, new Locality("01", null, "00004"), ActivityKind.QUIZ, Channel.DIRECT, List.of(),
                "Hái hoa dân chủ", LocalDate.of(2018, 3, 8), LocalDate.of(2018, 3, 8), 40, 30, 10, 0, 0,
                ActivityStatus.RECORDED);
        try (Events events = new Events()) {
            events.publish(EventContract.ACTIVITY_RECORDED, activity);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Api.rows(api.get(
                "/participation?from=2018-03&to=2018-03&agency=VETERANS&locality=00004&groupBy=district,commune,quarter")))
                .singleElement().satisfies(row -> assertThat(row)
                        .containsEntry("district", "001").containsEntry("districtName", "Quận Ba Đình")
                        .containsEntry("commune", "00004").containsEntry("communeName", "Phường Trúc Bạch")
                        .containsEntry("quarter", "2018-Q1").containsEntry("participants", 40)));
    }

    private static void assertAnswersMatch(Api api, List<ActivityEvent> counted) {
        Map<String, Function<ActivityEvent, Object>> keys = new LinkedHashMap<>();
        keys.put("agency", ActivityEvent::agency);
        keys.put("district", activity -> activity.locality().district());
        keys.put("year", activity -> (long) activity.startDate().getYear());
        keys.put("channel", activity -> activity.channel().name());
        List<List<String>> groupings = List.of(List.of("agency"), List.of("district"), List.of("year"), List.of("channel"),
                List.of("agency", "district"), List.of("agency", "year", "channel"), List.of("district", "year"), List.of());
        for (List<String> grouping : groupings) {
            Map<String, Function<ActivityEvent, Object>> chosen = new LinkedHashMap<>();
            grouping.forEach(key -> chosen.put(key, keys.get(key)));
            Map<String, Object> answer = api.get("/participation?locality=" + PROVINCE + "&groupBy=" + String.join(",", grouping));
            assertThat(Rows.actual(Api.rows(answer), grouping, TOTALS)).as("groupBy=%s", grouping)
                    .isEqualTo(Rows.expected(counted, chosen, participationTotals()));
        }
        Map<String, Object> filtered = api.get("/participation?locality=" + PROVINCE
                + "&from=2020-Q2&to=2022-06-30&channel=DIRECT&groupBy=agency");
        List<ActivityEvent> inFilter = counted.stream().filter(activity -> activity.channel() == Channel.DIRECT
                && !activity.startDate().isBefore(LocalDate.of(2020, 4, 1))
                && !activity.startDate().isAfter(LocalDate.of(2022, 6, 30))).toList();
        assertThat(Rows.actual(Api.rows(filtered), List.of("agency"), TOTALS))
                .isEqualTo(Rows.expected(inFilter, Map.of("agency", ActivityEvent::agency), participationTotals()));

        Map<String, Object> coordination = api.get("/coordination?locality=" + PROVINCE + "&groupBy=pair");
        assertThat(Rows.actual(Api.rows(coordination), List.of("pair"), List.of("jointActivities", "participants")))
                .isEqualTo(expectedPairs(counted));
    }

    private static List<Map<String, Object>> expectedPairs(List<ActivityEvent> counted) {
        record PairShare(String pair, long participants) {
        }
        List<PairShare> shares = new ArrayList<>();
        for (ActivityEvent activity : counted) {
            List<String> agencies = new ArrayList<>(new TreeSet<>(activity.partnerAgencies()));
            agencies.add(activity.agency());
            agencies = List.copyOf(new TreeSet<>(agencies));
            for (int i = 0; i < agencies.size(); i++) {
                for (int j = i + 1; j < agencies.size(); j++) {
                    shares.add(new PairShare(agencies.get(i) + "|" + agencies.get(j), activity.participants()));
                }
            }
        }
        Map<String, Function<PairShare, Long>> totals = new LinkedHashMap<>();
        totals.put("jointActivities", share -> 1L);
        totals.put("participants", PairShare::participants);
        return Rows.expected(shares, Map.of("pair", PairShare::pair), totals);
    }

    private static Map<String, Function<ActivityEvent, Long>> participationTotals() {
        Map<String, Function<ActivityEvent, Long>> totals = new LinkedHashMap<>();
        totals.put("activities", activity -> 1L);
        totals.put("participants", ActivityEvent::participants);
        totals.put("women", ActivityEvent::women);
        totals.put("ethnicMinority", ActivityEvent::ethnicMinority);
        totals.put("reach", ActivityEvent::reach);
        totals.put("copies", ActivityEvent::copies);
        return totals;
    }

    static ActivityEvent randomActivity(String id, long version, Random random, List<AdminUnit> communes) {
        return randomActivity(id, version, random, communes, PROVINCE);
    }

    static ActivityEvent randomActivity(String id, long version, Random random, List<AdminUnit> communes,
            String province) {
        String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
        List<String> partners = new ArrayList<>();
        for (String other : AGENCIES) {
            if (!other.equals(agency) && random.nextInt(4) == 0) {
                partners.add(other);
            }
        }
        AdminUnit commune = communes.get(random.nextInt(communes.size()));
        ActivityKind kind = KINDS.get(random.nextInt(KINDS.size()));
        Channel channel = kind.channel().orElse(Channel.values()[random.nextInt(Channel.values().length)]);
        LocalDate start = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        long participants = random.nextInt(500);
        long reach = channel == Channel.ONLINE || channel == Channel.BROADCAST ? random.nextInt(5000) : 0;
        long copies = channel == Channel.PRINT ? random.nextInt(2000) : 0;
        return new ActivityEvent(id, version, "recorder-" + agency.toLowerCase(), Instant.parse("2025-01-01T00:00:00Z")
                .plusSeconds(version), agency, partners, Level.COMMUNE,
                new Locality(province, commune.districtCode(), commune.code()), kind, channel, List.of("an ninh trật tự"),
                "Tuyên truyền " + id, start, start.plusDays(random.nextInt(3)), participants,
                participants == 0 ? 0 : random.nextLong(participants + 1), participants == 0 ? 0 : random.nextLong(participants + 1),
                reach, copies, ActivityStatus.RECORDED);
    }

    static ActivityEvent withVersion(ActivityEvent a, long version) {
        return new ActivityEvent(a.id(), version, a.actor(), a.occurredAt(), a.agency(), a.partnerAgencies(), a.level(),
                a.locality(), a.kind(), a.channel(), a.topics(), a.title(), a.startDate(), a.endDate(), a.participants(),
                a.women(), a.ethnicMinority(), a.reach(), a.copies(), a.status());
    }

    static ActivityEvent cancelled(ActivityEvent a) {
        return new ActivityEvent(a.id(), a.version() + 1, a.actor(), a.occurredAt().plusSeconds(60), a.agency(),
                a.partnerAgencies(), a.level(), a.locality(), a.kind(), a.channel(), a.topics(), a.title(), a.startDate(),
                a.endDate(), a.participants(), a.women(), a.ethnicMinority(), a.reach(), a.copies(), ActivityStatus.CANCELLED);
    }

    static EventContract contractOf(ActivityEvent activity) {
        if (activity.status() == ActivityStatus.CANCELLED) {
            return EventContract.ACTIVITY_CANCELLED;
        }
        return activity.version() == 1 ? EventContract.ACTIVITY_RECORDED : EventContract.ACTIVITY_REVISED;
    }
}
