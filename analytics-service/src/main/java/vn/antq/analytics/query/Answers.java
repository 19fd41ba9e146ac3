package vn.antq.analytics.query;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.kit.reference.VietnamTime;

/** The shape every analytics answer shares, with {@code asOf}: when it was computed, in Vietnam time. */
public final class Answers {

    private Answers() {
    }

    public static String asOf(Clock clock) {
        return OffsetDateTime.now(clock.withZone(VietnamTime.ZONE)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** {@code {rows, totals, asOf}}. */
    public static Map<String, Object> rows(List<Map<String, Object>> rows, Map<String, Object> totals, Clock clock) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("rows", rows);
        answer.put("totals", totals);
        answer.put("asOf", asOf(clock));
        return answer;
    }
}
