package vn.antq.stack.demo;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.stack.ServiceCallException;
import vn.antq.stack.ServiceClient;

/**
 * The demo's figures as analytics-service answers them, read with an OPS token from its public API, and a way
 * to wait until it has applied everything the demo loaded (the events travel through Kafka, so they arrive a
 * little after the writes).
 */
public final class AnalyticsFigures {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsFigures.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int STABLE_SECONDS = 15;

    static final String WOMEN_UNION_PARTICIPATION = "/api/v1/analytics/participation?agency=WOMEN_UNION&from=2019&to=2024";
    static final String ALL_PARTICIPATION = "/api/v1/analytics/participation?from=2019&to=2024";
    static final String FINAL_REVIEW_AWARDS = "/api/v1/analytics/awards?from=" + DemoDataSet.FINAL_REVIEW_YEAR
            + "&to=" + DemoDataSet.FINAL_REVIEW_YEAR + "&groupBy=agency,form";
    static final String ALL_AWARDS = "/api/v1/analytics/awards?groupBy=agency";
    /** As of the demo's last day: the models (and their reports) registered later, as the browser tests do, are not the demo's. */
    static final String MODELS = "/api/v1/analytics/models?asOf=2024-12-31";
    static final String OUTCOMES = "/api/v1/analytics/outcomes?from=2019-01&to=2024-12";
    static final String TRAININGS = "/api/v1/analytics/trainings?from=2019-01&to=2024-12";
    static final String MATERIALS = "/api/v1/analytics/materials?locality=" + KonTumPlaces.PROVINCE;
    static final String FRESHNESS = "/api/v1/analytics/freshness";

    private final ServiceClient analytics;
    private final String token;

    AnalyticsFigures(ServiceClient analytics, String token) {
        this.analytics = analytics;
        this.token = token;
    }

    /** Reads the figures now, whatever analytics has applied so far. */
    public DemoFigures read() {
        JsonNode all = get(ALL_PARTICIPATION).path("totals");
        JsonNode finalReview = get(FINAL_REVIEW_AWARDS);
        long merit = 0;
        for (JsonNode row : finalReview.path("rows")) {
            if (KnownAgencies.WOMEN_UNION.equals(row.path("agency").asString())
                    && AwardForm.CERTIFICATE_OF_MERIT.name().equals(row.path("form").asString())) {
                merit += row.path("conferred").asLong();
            }
        }
        JsonNode models = get(MODELS);
        long modelCount = 0;
        for (JsonNode count : models.path("byStatus")) {
            modelCount += count.asLong();
        }
        return new DemoFigures(
                get(WOMEN_UNION_PARTICIPATION).path("totals").path("participants").asLong(),
                finalReview.path("totals").path("conferred").asLong(),
                merit,
                all.path("activities").asLong(),
                all.path("participants").asLong(),
                modelCount,
                models.path("reportTotals").path("reports").asLong(),
                get(ALL_AWARDS).path("totals").path("conferred").asLong(),
                get(OUTCOMES).path("totals").path("outcomeRecords").asLong(),
                get(TRAININGS).path("totals").path("trainedStaff").asLong(),
                get(MATERIALS).path("totals").path("distributions").asLong());
    }

    /**
     * Polls until analytics shows {@code expected} and everything is published and applied ({@code settled}: what the
     * figures do not count, the units' reports, is applied too); or, once everything is published and applied ({@code settled})
     * and the figures have not moved for {@value #STABLE_SECONDS} seconds, until it is clear they will not (the data
     * directory holds other records too); or until the time is up.
     *
     * @return the figures last read, equal to {@code expected} unless analytics shows something else
     */
    public DemoFigures await(DemoFigures expected, Duration timeout, BooleanSupplier settled) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextLog = 0;
        long stableSince = System.nanoTime();
        DemoFigures figures = null;
        while (true) {
            try {
                DemoFigures now = read();
                boolean settledNow = settled.getAsBoolean();
                if (now.equals(expected) && settledNow) {
                    return now;
                }
                if (!now.equals(figures) || !settledNow) {
                    stableSince = System.nanoTime();
                }
                figures = now;
            } catch (ServiceCallException e) {
                log.debug("Analytics not answering yet: {}", e.getMessage());
            }
            if (System.nanoTime() > deadline
                    || System.nanoTime() - stableSince > Duration.ofSeconds(STABLE_SECONDS).toNanos()) {
                return figures;
            }
            if (System.nanoTime() > nextLog && figures != null) {
                log.info("Waiting for analytics: {} of {} activities, {} of {} model reports, {} of {} awards applied",
                        figures.activities(), expected.activities(), figures.modelReports(), expected.modelReports(),
                        figures.awards(), expected.awards());
                nextLog = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoadException("Interrupted while waiting for analytics", e);
            }
        }
    }

    /** Analytics has applied every record on its topics (consumer lag 0). */
    boolean caughtUp() {
        try {
            return get(FRESHNESS).path("lag").asLong(-1) == 0;
        } catch (ServiceCallException e) {
            return false;
        }
    }

    private JsonNode get(String path) {
        return analytics.get(path, token, Set.of(200)).body();
    }
}
