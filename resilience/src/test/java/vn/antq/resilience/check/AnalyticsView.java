package vn.antq.resilience.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.api.Http;

/** What an analytics-service instance answers, as an OPS user reads it, reduced to the figures the checks compare. */
public final class AnalyticsView {

    private static final Pattern EVENTS_METRIC =
            Pattern.compile("^antq_analytics_events_total\\{[^}]*outcome=\"([a-z-]+)\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);

    private final Http http;
    private final String token;

    public AnalyticsView(Http http, String opsToken) {
        this.http = http;
        this.token = opsToken;
    }

    /** {@code totals} of {@code /participation} for a province: activities, participants, women, ... */
    public Map<String, Long> participation(String province) {
        return numbers(ok("/api/v1/analytics/participation?locality=" + province).path("totals"));
    }

    /**
     * The {@code rows} of {@code /participation} for a province grouped by {@code groupBy} (comma-separated keys):
     * each row's keys as text and its totals as numbers.
     */
    public List<Map<String, Object>> participationRows(String province, String groupBy) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode row : ok("/api/v1/analytics/participation?locality=" + province + "&groupBy=" + groupBy)
                .path("rows")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            row.properties().forEach(entry -> fields.put(entry.getKey(),
                    entry.getValue().isNumber() ? (Object) entry.getValue().asLong() : entry.getValue().asString()));
            rows.add(fields);
        }
        return rows;
    }

    /** {@code byStatus} of {@code /models} plus the number of reports, for a province. */
    public Map<String, Long> models(String province) {
        JsonNode answer = ok("/api/v1/analytics/models?locality=" + province);
        Map<String, Long> figures = new LinkedHashMap<>(numbers(answer.path("byStatus")));
        figures.put("reports", answer.path("reportTotals").path("reports").asLong());
        return figures;
    }

    /** {@code totals} of {@code /awards} for a province: counts by current status. */
    public Map<String, Long> awards(String province) {
        return numbers(ok("/api/v1/analytics/awards?locality=" + province).path("totals"));
    }

    /** Distinct reviews {@code /reviews} lists for a province (a JOINT review appears under each of its agencies). */
    public long reviews(String province) {
        Set<String> ids = new HashSet<>();
        for (JsonNode row : ok("/api/v1/analytics/reviews?locality=" + province).path("rows")) {
            row.path("reviews").forEach(review -> ids.add(review.path("reviewId").asString()));
        }
        return ids.size();
    }

    /** The consumer lag {@code /freshness} reports; null when Kafka does not answer. */
    public Long lag() {
        JsonNode lag = ok("/api/v1/analytics/freshness").path("lag");
        return lag.isNull() || lag.isMissingNode() ? null : lag.asLong();
    }

    /** {@code antq.analytics.events} by outcome (applied, skipped, dead-lettered) since this instance started. */
    public Map<String, Long> eventCounters() {
        Answer metrics = http.get("/actuator/prometheus", null);
        assertThat(metrics.status()).as(metrics.describe()).isEqualTo(200);
        Map<String, Long> counters = new LinkedHashMap<>();
        Matcher matcher = EVENTS_METRIC.matcher(metrics.body());
        while (matcher.find()) {
            counters.merge(matcher.group(1), (long) Double.parseDouble(matcher.group(2)), Long::sum);
        }
        return counters;
    }

    private JsonNode ok(String path) {
        Answer answer = http.get(path, token);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, Long> numbers(JsonNode object) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        object.properties().forEach(entry -> {
            if (entry.getValue().isNumber()) {
                numbers.put(entry.getKey(), entry.getValue().asLong());
            }
        });
        return numbers;
    }
}
