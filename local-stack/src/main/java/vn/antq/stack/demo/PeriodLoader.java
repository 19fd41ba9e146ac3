package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import vn.antq.stack.ServiceClient;

/**
 * The units' reports of 2019-2024 ({@link PeriodPlan}) as the paper registers have them, recorded by the demo's ADMIN
 * through a recording service's {@code POST /api/v1/periods/history} once its records are all in (each report counts
 * the records of its month: activities in event-service, models' reports in model-service). Loading again changes
 * nothing: a period with steps already is left as it is.
 */
final class PeriodLoader {

    /** Periods per request: the endpoint's limit. */
    static final int BATCH = 1000;
    private static final Set<Integer> OK = Set.of(200);

    private final ServiceClient service;
    private final DemoTokens tokens;
    private final LoadTally tally;
    private final String what;

    PeriodLoader(ServiceClient service, DemoTokens tokens, LoadTally tally, String what) {
        this.service = service;
        this.tokens = tokens;
        this.tally = tally;
        this.what = what;
    }

    void load(List<PeriodPlan.Report> reports) {
        for (int from = 0; from < reports.size(); from += BATCH) {
            List<Map<String, Object>> entries = new ArrayList<>();
            for (PeriodPlan.Report report : reports.subList(from, Math.min(reports.size(), from + BATCH))) {
                entries.add(entry(report));
            }
            JsonNode outcomes = service.postJson("/api/v1/periods/history", tokens.admin(), Map.of("entries", entries),
                    Map.of(), OK).body();
            outcomes.forEach(o -> tally.count(what, "RECORDED".equals(o.path("result").asString())));
        }
    }

    private static Map<String, Object> entry(PeriodPlan.Report report) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (PeriodPlan.Step step : report.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step", step.step());
            s.put("at", step.at().toInstant().toString());
            s.put("by", step.by());
            if (step.reason() != null) {
                s.put("reason", step.reason());
            }
            steps.add(s);
        }
        return Map.of("agency", report.agency(), "unit", report.unit(), "period", report.period(), "steps", steps);
    }
}
