package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.function.Function;

import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.query.Readable;
import vn.antq.analytics.query.ShownPlace;
import vn.antq.contracts.common.KnownModelTypes;
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
    public List<Finding> paperOnly(List<ModelsAnswer.PaperOnlyModel> entries) {
        List<Finding> findings = new ArrayList<>();
        for (ModelsAnswer.PaperOnlyModel entry : entries) {
            long months = entry.monthsWithoutReport();
            String name = entry.name();
            String place = placeName(entry.place());
            String lastPeriod = entry.lastReportPeriod();
            Subject subject = new Subject.Model(entry.modelId(), name, entry.agency(), entry.type(),
                    entry.place().locality(), place);
            Evidence evidence = new Evidence.PaperOnlyModel(months);
            Label explanation = lastPeriod == null
                    ? new Label(name + ": đang hoạt động nhưng chưa có báo cáo nào trong " + months
                                    + " tháng kể từ khi thành lập (" + day(entry.establishedOn(), Locale.forLanguageTag("vi")) + ").",
                            name + ": active, but has not filed a single report in the " + Wording.en(months, "month", "months")
                                    + " since it was established (" + day(entry.establishedOn(), Locale.ENGLISH) + ").")
                    : new Label(name + ": đang hoạt động nhưng " + months + " tháng không có báo cáo (báo cáo cuối kỳ "
                                    + Readable.period(lastPeriod, Locale.forLanguageTag("vi")) + ").",
                            name + ": active, but has not reported for " + Wording.en(months, "month", "months") + " (last report "
                                    + Readable.period(lastPeriod, Locale.ENGLISH) + ").");
            findings.add(new Finding(ShortcomingKind.PAPER_ONLY_MODEL,
                    months >= 2L * paperOnlyMonths ? Severity.HIGH : Severity.MEDIUM, subject, evidence, explanation));
        }
        return findings;
    }

    /**
     * @param groups    the {@code overlapping} groups of the models answer
     * @param namesById the models' names, to name the subject
     */
    public List<Finding> overlapping(List<ModelsAnswer.Overlap> groups, Map<String, String> namesById) {
        List<Finding> findings = new ArrayList<>();
        for (ModelsAnswer.Overlap group : groups) {
            List<String> ids = group.modelIds();
            List<String> agencies = group.agencies();
            String type = group.type();
            Label typeName = KnownModelTypes.find(type).map(KnownModelTypes.KnownModelType::label).orElse(new Label(type, type));
            String place = placeName(group.place());
            Subject subject = new Subject.ModelPair(type + "|" + group.place().locality(), ids,
                    ids.stream().map(id -> namesById.getOrDefault(id, id)).toList(), type, agencies,
                    group.place().locality(), place);
            Evidence evidence = new Evidence.OverlappingModels(ids.size(), agencies.size());
            String agenciesVi = String.join(", ", agencies.stream().map(a -> agencyNames.apply(a).vi()).toList());
            String agenciesEn = String.join(", ", agencies.stream().map(a -> agencyNames.apply(a).en()).toList());
            findings.add(new Finding(ShortcomingKind.OVERLAPPING_MODELS, agencies.size() > 1 ? Severity.MEDIUM : Severity.LOW,
                    subject, evidence, new Label(
                            ids.size() + " mô hình cùng loại \"" + typeName.vi() + "\" cùng hoạt động tại " + place + " (" + agenciesVi
                                    + "): chồng chéo.",
                            ids.size() + " active models of the same type \"" + typeName.en() + "\" in " + place + " (" + agenciesEn
                                    + ") overlap.")));
        }
        return findings;
    }

    private static String placeName(ShownPlace place) {
        return Stream.of(place.communeName(), place.districtName(), place.provinceName()).filter(Objects::nonNull)
                .findFirst().orElse(String.valueOf(place.locality()));
    }

    /** A day as the explanation writes it; the date as given if it is not one (an older event's text). */
    private static String day(String isoDate, Locale locale) {
        try {
            return Readable.shortDate(LocalDate.parse(isoDate), locale);
        } catch (RuntimeException notADate) {
            return String.valueOf(isoDate);
        }
    }
}
