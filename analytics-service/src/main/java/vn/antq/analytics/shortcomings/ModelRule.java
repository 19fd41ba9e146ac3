package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.antq.contracts.common.Label;

/**
 * PAPER_ONLY_MODEL and OVERLAPPING_MODELS, worded from what {@code GET /models} flags (the same query, so the same
 * models): a PAPER_ONLY model is HIGH after twice the {@code paper-only-months} window without a report (a year by
 * default), MEDIUM before; an overlap is MEDIUM when the models belong to different agencies (two forces doing one
 * job side by side), LOW when one agency runs them all. Pure.
 */
public final class ModelRule {

    private final int paperOnlyMonths;
    private final Function<String, Label> agencyNames;

    public ModelRule(int paperOnlyMonths, Function<String, Label> agencyNames) {
        this.paperOnlyMonths = paperOnlyMonths;
        this.agencyNames = agencyNames;
    }

    /** @param entries the {@code paperOnly} entries of the models answer */
    public List<Finding> paperOnly(List<Map<String, Object>> entries) {
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> entry : entries) {
            long months = ((Number) entry.get("monthsWithoutReport")).longValue();
            String name = (String) entry.get("name");
            String place = placeName(entry);
            Object lastPeriod = entry.get("lastReportPeriod");
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("type", "MODEL");
            subject.put("code", entry.get("modelId"));
            subject.put("name", name);
            subject.put("agency", entry.get("agency"));
            subject.put("modelType", entry.get("type"));
            subject.put("locality", entry.get("locality"));
            subject.put("localityName", place);
            Map<String, Number> evidence = new LinkedHashMap<>();
            evidence.put("monthsWithoutReport", months);
            Label explanation = lastPeriod == null
                    ? new Label(name + ": đang hoạt động nhưng chưa có báo cáo nào trong " + months
                                    + " tháng kể từ khi thành lập (" + entry.get("establishedOn") + ").",
                            name + ": ACTIVE but has not filed a single report in the " + months
                                    + " months since it was established (" + entry.get("establishedOn") + ").")
                    : new Label(name + ": đang hoạt động nhưng " + months + " tháng không có báo cáo (báo cáo cuối kỳ "
                                    + lastPeriod + ").",
                            name + ": ACTIVE but has not reported for " + months + " months (last report " + lastPeriod
                                    + ").");
            findings.add(new Finding(ShortcomingKind.PAPER_ONLY_MODEL,
                    months >= 2L * paperOnlyMonths ? Severity.HIGH : Severity.MEDIUM, subject, evidence, explanation));
        }
        return findings;
    }

    /**
     * @param groups    the {@code overlapping} groups of the models answer
     * @param namesById the models' names, to name the subject
     */
    @SuppressWarnings("unchecked")
    public List<Finding> overlapping(List<Map<String, Object>> groups, Map<String, String> namesById) {
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> group : groups) {
            List<String> ids = (List<String>) group.get("modelIds");
            List<String> agencies = (List<String>) group.get("agencies");
            String type = (String) group.get("type");
            String place = placeName(group);
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("type", "MODEL_PAIR");
            subject.put("code", type + "|" + group.get("locality"));
            subject.put("ids", ids);
            subject.put("names", ids.stream().map(id -> namesById.getOrDefault(id, id)).toList());
            subject.put("modelType", type);
            subject.put("agencies", agencies);
            subject.put("locality", group.get("locality"));
            subject.put("localityName", place);
            Map<String, Number> evidence = new LinkedHashMap<>();
            evidence.put("activeModels", ids.size());
            evidence.put("agencies", agencies.size());
            String agenciesVi = String.join(", ", agencies.stream().map(a -> agencyNames.apply(a).vi()).toList());
            String agenciesEn = String.join(", ", agencies.stream().map(a -> agencyNames.apply(a).en()).toList());
            findings.add(new Finding(ShortcomingKind.OVERLAPPING_MODELS, agencies.size() > 1 ? Severity.MEDIUM : Severity.LOW,
                    subject, evidence, new Label(
                            ids.size() + " mô hình cùng loại " + type + " cùng hoạt động tại " + place + " (" + agenciesVi
                                    + "): chồng chéo.",
                            ids.size() + " ACTIVE models of the same type " + type + " in " + place + " (" + agenciesEn
                                    + ") overlap.")));
        }
        return findings;
    }

    private static String placeName(Map<String, Object> entry) {
        for (String field : List.of("communeName", "districtName", "provinceName")) {
            if (entry.get(field) != null) {
                return (String) entry.get(field);
            }
        }
        return String.valueOf(entry.get("locality"));
    }
}
