package vn.antq.analytics.reviewreport;

import java.util.List;
import java.util.Locale;

import vn.antq.analytics.awardcounts.AwardsAnswer;
import vn.antq.analytics.coordination.CoordinationAnswer;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.participation.ParticipationAnswer;
import vn.antq.analytics.reporting.ReportingAnswer;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyFormRow;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyRow;
import vn.antq.analytics.reviewreport.ReportAnswer.Commendations;
import vn.antq.analytics.reviewreport.ReportAnswer.Coordination;
import vn.antq.analytics.reviewreport.ReportAnswer.Outreach;
import vn.antq.analytics.reviewreport.ReportAnswer.PairRow;
import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;
import vn.antq.analytics.shortcomings.Evidence;
import vn.antq.analytics.shortcomings.Finding;
import vn.antq.analytics.shortcomings.Severity;
import vn.antq.analytics.shortcomings.ShortcomingKind;
import vn.antq.analytics.shortcomings.ShortcomingsAnswer;
import vn.antq.analytics.shortcomings.Subject;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Palette;
import vn.antq.contracts.model.ModelStatus;

/**
 * A review report made by hand, for Kon Tum 2019-2024 with the figures the article states: 340,512 participations by
 * the Women's Union, 31 commended of whom 5 are Women's Union units, the units' periodic reports of 2024 (the Women's
 * Union 1,020 of 1,200 sent, 816 on time; the Police 250 of 400, 150 on time), and one finding of each of two kinds.
 */
final class SampleReport {

    static final String WOMEN_COLOUR = Palette.colourOf(Palette.AGENCY, "WOMEN_UNION", 0);
    static final String POLICE_COLOUR = Palette.colourOf(Palette.AGENCY, "POLICE", 1);

    private SampleReport() {
    }

    static ReviewReport konTum(Locale locale) {
        boolean en = ReportFormat.english(locale);
        String women = en ? "Women's Union" : "Hội Liên hiệp Phụ nữ";
        String police = en ? "Police" : "Công an";
        String farmers = en ? "Farmers' Association" : "Hội Nông dân";
        ParticipationAnswer.Totals womenTotals = new ParticipationAnswer.Totals(1234, 340512, 300000, 120000, 15000, 2500);
        ParticipationAnswer.Totals policeTotals = new ParticipationAnswer.Totals(800, 171833, 60000, 50000, 0, 0);
        ParticipationAnswer.Totals all = new ParticipationAnswer.Totals(2034, 512345, 360000, 170000, 15000, 2500);
        Outreach outreach = new Outreach(all, List.of(new AgencyRow("POLICE", policeTotals, police),
                new AgencyRow("WOMEN_UNION", womenTotals, women)), List.of(), List.of(), List.of(), List.of());
        Coordination coordination = new Coordination(new CoordinationAnswer.Totals(41, 5230),
                List.of(new PairRow("POLICE|WOMEN_UNION", new CoordinationAnswer.Totals(41, 5230), police + " – " + women)));
        ModelsAnswer models = new ModelsAnswer("2024-12-31", 6, new ModelsAnswer.StatusCounts(120, 7, 3), List.of(),
                new ModelsAnswer.ReportTotals(1450, 980, 212, 96, 41, 17), List.of(), List.of(), "2019", null,
                "2026-12-04T23:49:20+07:00");
        Commendations commendations = new Commendations(new AwardsAnswer.Totals(40, 33, 7, 31, 0), List.of(
                new AgencyFormRow("POLICE", "CERTIFICATE_OF_MERIT", new AwardsAnswer.Totals(24, 20, 4, 20, 0), police,
                        en ? "Certificate of Merit" : "Bằng khen"),
                new AgencyFormRow("WOMEN_UNION", "CERTIFICATE_OF_MERIT", new AwardsAnswer.Totals(7, 5, 2, 5, 0), women,
                        en ? "Certificate of Merit" : "Bằng khen"),
                new AgencyFormRow("FARMERS", "CERTIFICATE_OF_COMMENDATION", new AwardsAnswer.Totals(9, 8, 1, 6, 0), farmers,
                        en ? "Certificate of Commendation" : "Giấy khen")), List.of());
        Finding paperOnly = new Finding(ShortcomingKind.PAPER_ONLY_MODEL, Severity.HIGH,
                new Subject.Model("m-1", "Tổ hòa giải thôn 3", "WOMEN_UNION", "MEDIATION_TEAM", "23512", "Xã Đắk Pne"),
                new Evidence.PaperOnlyModel(9), new Label("Tổ hòa giải thôn 3: đang hoạt động nhưng 9 tháng không có báo cáo",
                        "Tổ hòa giải thôn 3: active but without a report for 9 months"));
        Finding overlap = new Finding(ShortcomingKind.OVERLAPPING_MODELS, Severity.MEDIUM,
                new Subject.ModelPair("MEDIATION_TEAM|23512", List.of("m-1", "m-2"), List.of("A", "B"), "MEDIATION_TEAM",
                        List.of("POLICE", "WOMEN_UNION"), "23512", "Xã Đắk Pne"),
                new Evidence.OverlappingModels(2, 2), new Label("Xã Đắk Pne có 2 tổ hòa giải cùng hoạt động.",
                        "Xã Đắk Pne has 2 mediation teams active at once."));
        ShortcomingsAnswer shortcomings = new ShortcomingsAnswer("2019-01", "2024-12", "62", null,
                new ShortcomingsAnswer.Counts(0, 0, 1, 1, 0, 0, 0, 0, 0), List.of(paperOnly, overlap), List.of(),
                "2026-12-04T23:49:20+07:00");
        ReportAnswer.Reporting reporting = new ReportAnswer.Reporting("2024-01", "2024-12", List.of(
                new ReportingAnswer.Rates("WOMEN_UNION", women, "MONTHLY", null, 1200, 1020, 900, 30, 816, 0.85, 0.68),
                new ReportingAnswer.Rates("POLICE", police, "QUARTERLY", null, 400, 250, 250, 0, 150, 0.625, 0.375)), null);
        String title = ReportText.of("title", locale);
        ReportAnswer json = new ReportAnswer(title, locale.getLanguage(), "2019-01", "2024-12", "62", "Tỉnh Kon Tum (62)",
                outreach, coordination, models, commendations, null, null, reporting, shortcomings,
                "2026-12-04T23:49:20+07:00");

        Column label = new Column(ReportText.of("agency", locale), false);
        List<Column> outreachColumns = List.of(label, new Column(ReportText.figure("activities", locale), true),
                new Column(ReportText.figure("participants", locale), true), new Column(ReportText.figure("women", locale), true));
        List<Section> sections = List.of(
                new Section(ReportText.of("summary", locale), List.of(), List.of(new Table(ReportText.of("key-figures", locale),
                        List.of(new Column(ReportText.of("figure", locale), false), new Column(ReportText.of("total", locale), true)),
                        List.of(List.of(ReportText.figure("participants", locale), 512345L), List.of(ReportText.of("models-total", locale), 130L))))),
                new Section(ReportText.of("outreach", locale),
                        List.of(new Chart(ReportText.of("chart-agency", locale), List.of(women, police), List.of(340512L, 171833L),
                                List.of(WOMEN_COLOUR, POLICE_COLOUR)), new Chart(ReportText.of("chart-year", locale), List.of(), List.of(),
                                List.of())),
                        List.of(new Table(ReportText.of("by-agency", locale), outreachColumns, List.of(
                                List.of(women, 1234L, 340512L, 300000L), List.of(police, 800L, 171833L, 60000L))))),
                new Section(ReportText.of("coordination", locale), List.of(), List.of()),
                new Section(ReportText.of("models", locale), List.of(new Chart(ReportText.of("by-status", locale),
                        List.of(ModelStatus.ACTIVE.label(locale), ModelStatus.SUSPENDED.label(locale)), List.of(120L, 7L),
                        List.of(Palette.NEUTRAL, Palette.NEUTRAL))), List.of(new Table(ReportText.of("paper-only", locale),
                                List.of(new Column(ReportText.of("model", locale), false),
                                        new Column(ReportText.figure("monthsWithoutReport", locale), true)), List.of()))),
                new Section(ReportText.of("commendations", locale), List.of(), List.of(new Table(ReportText.of("by-agency-form", locale),
                        List.of(label, new Column(ReportText.of("form", locale), false), new Column(ReportText.figure("conferred", locale), true)),
                        List.of(List.of(police, en ? "Certificate of Merit" : "Bằng khen", 20L),
                                List.of(women, en ? "Certificate of Merit" : "Bằng khen", 5L),
                                List.of(farmers, en ? "Certificate of Commendation" : "Giấy khen", 6L))))),
                ReportQuery.reportingSection(reporting, locale),
                new Section(ReportText.of("shortcomings", locale), List.of(), List.of(new Table(ReportText.of("explanation", locale),
                        List.of(new Column(ReportText.of("subject", locale), false), new Column(ReportText.of("evidence", locale), false)),
                        List.of(List.of("MEDIATION_TEAM|23512", "monthsWithoutReport: 9"))))));
        return new ReviewReport(locale, title, "2019-01 – 2024-12", "Tỉnh Kon Tum (62)", "2026-12-04T23:49:20+07:00", json,
                sections);
    }
}
