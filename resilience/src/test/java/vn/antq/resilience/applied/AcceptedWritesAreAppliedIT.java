package vn.antq.resilience.applied;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import vn.antq.resilience.check.AnalyticsView;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.stack.Platform;

/**
 * Property: a write the platform accepts reaches the figures. Each try sends one random write, valid or at an edge
 * of what is valid, to every write endpoint of the three recording services (the activity import included), and
 * then every accepted write must have put its events on Kafka, each valid against its contract's JSON Schema,
 * and analytics must have applied each aggregate at the version its last accepted write left it at (for an
 * activity, counting its participants), with nothing on a dead-letter topic. A refused write must be a clean 4xx
 * that changed nothing. Edges: dates at 2000-01-01 and the day before, on both sides of the 2025 reform (with the
 * codes of the structure in force), today and tomorrow, 2099-12-31 and the day after; figures 0, 1, the maximum and
 * one more; texts at their longest (also in decomposed Vietnamese with combining marks) and one longer, and other
 * scripts; all four agencies, with and without partners.
 * <p>
 * analytics' population table ({@code PUT /api/v1/analytics/reference/population}) is left out: it emits no event.
 */
class AcceptedWritesAreAppliedIT {

    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static Platform platform;
    private static Accepted accepted;
    private static WriteCases cases;
    private static long deadLetteredBefore;
    private static final Map<WriteCases.Endpoint, Map<Integer, Integer>> statuses = new EnumMap<>(WriteCases.Endpoint.class);
    private static final Map<WriteCases.Endpoint, Map<String, Integer>> refusals = new EnumMap<>(WriteCases.Endpoint.class);

    @BeforeContainer
    static void platform() {
        platform = Platform.shared();
        accepted = new Accepted(platform);
        cases = new WriteCases(platform, accepted);
        deadLetteredBefore = analytics().eventCounters().getOrDefault("dead-lettered", 0L);
    }

    @AfterContainer
    static void summary() {
        if (accepted == null) {
            return;
        }
        long deadLettered = analytics().eventCounters().getOrDefault("dead-lettered", 0L) - deadLetteredBefore;
        Results.record(String.format("[accepted-applied] %d aggregates accepted, %d of their events read back and "
                        + "checked against their schemas; dead-lettered meanwhile %d; answers by endpoint and status %s; "
                        + "import rows %s; fields refused %s", accepted.versions().size(), accepted.events(), deadLettered,
                statuses, cases.importRows(), refusals));
        accepted.close();
        assertThat(deadLettered).as("events analytics dead-lettered while the property ran").isZero();
    }

    @Property(tries = 15, seed = "20261205", shrinking = ShrinkingMode.OFF)
    void everyAcceptedWriteIsPublishedValidAndAppliedAndEveryRefusedOneChangesNothing(
            @ForAll("rounds") List<Draft> round) {
        List<String> failures = new ArrayList<>();
        WriteCases.Endpoint[] endpoints = WriteCases.Endpoint.values();
        for (int i = 0; i < endpoints.length; i++) {
            Draft draft = round.get(i);
            WriteCases.Outcome outcome = cases.run(endpoints[i], draft);
            statuses.computeIfAbsent(outcome.endpoint(), e -> new TreeMap<>()).merge(outcome.status(), 1, Integer::sum);
            outcome.refusedFields().forEach(field -> refusals.computeIfAbsent(outcome.endpoint(), e -> new TreeMap<>())
                    .merge(field, 1, Integer::sum));
            outcome.problems().forEach(problem -> failures.add(outcome.endpoint() + " " + draft + ": " + problem));
        }
        assertThat(failures).as("answers and writes").isEmpty();

        new Outboxes(platform).awaitAllPublished(CATCH_UP);
        await("analytics applies every accepted write").atMost(CATCH_UP).pollInterval(Duration.ofMillis(250))
                .until(() -> accepted.notApplied().isEmpty() || !accepted.deadLettered().isEmpty());
        accepted.readPublished();
        assertThat(accepted.deadLettered()).as("dead-lettered events of accepted writes").isEmpty();
        assertThat(accepted.unpublishedOrInvalid()).as("events of accepted writes").isEmpty();
        assertThat(accepted.notApplied()).as("accepted writes analytics has not applied").isEmpty();
    }

    /** One draft per endpoint. */
    @Provide
    Arbitrary<List<Draft>> rounds() {
        return drafts().list().ofSize(WriteCases.Endpoint.values().length);
    }

    private static Arbitrary<Draft> drafts() {
        Arbitrary<String> agencies = Arbitraries.of(Agencies.ALL);
        Arbitrary<Integer> partnerPicks = Arbitraries.integers().between(0, 3);
        return Combinators.combine(agencies, partnerPicks, dates(), Arbitraries.integers().between(0, 10_000),
                        sizes(), Arbitraries.integers().between(0, 40), texts(), Arbitraries.of(true, false))
                .as((agency, partners, date, place, size, small, text, either) -> new Draft(agency,
                        partners(agency, partners), date, place, size, small, text, either));
    }

    private static List<String> partners(String agency, int pick) {
        List<String> others = Agencies.ALL.stream().filter(a -> !a.equals(agency)).toList();
        return switch (pick) {
            case 1 -> List.of(others.get(0));
            case 2 -> List.of(others.get(1), others.get(2));
            case 3 -> others;
            default -> List.of();
        };
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(LocalDate.of(2000, 1, 1))),
                Tuple.of(1, Arbitraries.just(LocalDate.of(1999, 12, 31))),
                Tuple.of(2, Arbitraries.just(LocalDate.of(2025, 6, 30))),
                Tuple.of(2, Arbitraries.just(LocalDate.of(2025, 7, 1))),
                Tuple.of(2, Arbitraries.just(TODAY)),
                Tuple.of(1, Arbitraries.just(TODAY.plusDays(1))),
                Tuple.of(1, Arbitraries.just(LocalDate.of(2099, 12, 31))),
                Tuple.of(1, Arbitraries.just(LocalDate.of(2100, 1, 1))),
                Tuple.of(16, Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), TODAY.toEpochDay())
                        .map(LocalDate::ofEpochDay)));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Draft.Size> sizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Draft.Size.ZERO)),
                Tuple.of(1, Arbitraries.just(Draft.Size.ONE)),
                Tuple.of(6, Arbitraries.just(Draft.Size.SOME)),
                Tuple.of(2, Arbitraries.just(Draft.Size.MAX)),
                Tuple.of(1, Arbitraries.just(Draft.Size.OVER_MAX)));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Draft.TextShape> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(Draft.TextShape.PLAIN)),
                Tuple.of(2, Arbitraries.just(Draft.TextShape.LONGEST)),
                Tuple.of(2, Arbitraries.just(Draft.TextShape.LONGEST_COMBINING)),
                Tuple.of(1, Arbitraries.just(Draft.TextShape.TOO_LONG)),
                Tuple.of(2, Arbitraries.just(Draft.TextShape.COMBINING)),
                Tuple.of(2, Arbitraries.just(Draft.TextShape.OTHER_SCRIPTS)));
    }

    private static AnalyticsView analytics() {
        return new AnalyticsView(platform.analytics().http(), platform.tokens().ops());
    }
}
