package vn.antq.analytics.reviewreport;

import java.util.Locale;
import java.util.Map;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Vocabulary;

/** The report's own words (titles, headings, column names), in Vietnamese and English. */
final class ReportText {

    private static final Map<String, Label> TEXTS = Map.ofEntries(
            entry("title", "Báo cáo tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
                    "Review report of the movement \"all people protect national security\""),
            entry("period", "Thời gian", "Period"),
            entry("locality", "Địa bàn", "Locality"),
            entry("everywhere", "Toàn bộ địa bàn", "Everywhere"),
            entry("from-start", "từ đầu", "from the start"),
            entry("until-now", "đến nay", "until now"),
            entry("figures-as-of", "Số liệu tính đến", "Figures as of"),
            entry("page", "Trang {n}/{of}", "Page {n} of {of}"),
            entry("summary", "Tổng quan", "Summary"),
            entry("key-figures", "Số liệu chính", "Key figures"),
            entry("figure", "Chỉ tiêu", "Figure"),
            entry("outreach", "Công tác tuyên truyền", "Outreach"),
            entry("coordination", "Phối hợp giữa các lực lượng", "Coordination between the forces"),
            entry("models", "Mô hình tự quản về an ninh trật tự", "Self-managed security models"),
            entry("commendations", "Khen thưởng", "Commendations"),
            entry("shortcomings", "Hạn chế", "Shortcomings"),
            entry("reporting", "Tình hình gửi báo cáo định kỳ", "Periodic reporting by the units"),
            entry("outcomes", "Kết quả bảo đảm an ninh, trật tự", "Security and order outcomes"),
            entry("outcomes-by-year", "Số liệu của Công an theo năm, bên cạnh công tác tuyên truyền",
                    "The police's figures by year, beside the outreach"),
            entry("chart-incidents", "Vụ việc (tội phạm, tệ nạn xã hội, an ninh) theo năm",
                    "Incidents (crime, social evils, security) by year"),
            entry("reporting-by-agency", "Theo lực lượng, các kỳ báo cáo kết thúc từ tháng {from} đến tháng {to}",
                    "By agency, reporting periods ending from {from} to {to}"),
            entry("reporting-none", "Chưa có đơn vị nào gửi báo cáo định kỳ của các kỳ kết thúc từ tháng {from} đến tháng {to}.",
                    "No unit has sent a periodic report for the periods ending from {from} to {to}."),
            entry("reporting-not-ended", "Chưa có kỳ báo cáo định kỳ nào kết thúc trong thời gian của báo cáo.",
                    "No reporting period within the time of this report has ended yet."),
            entry("by-agency", "Theo lực lượng", "By agency"),
            entry("by-channel", "Theo kênh", "By channel"),
            entry("by-kind", "Theo hình thức", "By kind"),
            entry("by-district", "Theo huyện", "By district"),
            entry("by-year", "Theo năm", "By year"),
            entry("by-pair", "Theo cặp lực lượng", "By pair of agencies"),
            entry("by-status", "Theo tình trạng", "By status"),
            entry("by-type", "Theo loại mô hình", "By type"),
            entry("report-totals", "Kết quả hoạt động của mô hình", "What the models reported"),
            entry("paper-only", "Mô hình hoạt động hình thức", "Models that exist only on paper"),
            entry("overlapping", "Mô hình chồng chéo", "Overlapping models"),
            entry("by-agency-form", "Theo lực lượng và hình thức", "By agency and form"),
            entry("agency", "Lực lượng", "Agency"),
            entry("channel", "Kênh", "Channel"),
            entry("kind", "Hình thức", "Kind"),
            entry("district", "Huyện", "District"),
            entry("year", "Năm", "Year"),
            entry("pair", "Cặp lực lượng", "Pair"),
            entry("status", "Tình trạng", "Status"),
            entry("type", "Loại", "Type"),
            entry("form", "Hình thức khen thưởng", "Form"),
            entry("model", "Mô hình", "Model"),
            entry("place", "Nơi", "Place"),
            entry("models-total", "Mô hình", "Models"),
            entry("total", "Tổng", "Total"),
            entry("lastReportPeriod", "Kỳ báo cáo cuối", "Last report"),
            entry("severity", "Mức độ", "Severity"),
            entry("subject", "Đối tượng", "Subject"),
            entry("explanation", "Nhận định", "Finding"),
            entry("evidence", "Số liệu", "Evidence"),
            entry("findings", "Hạn chế phát hiện", "Shortcomings found"),
            entry("finding-kind", "Loại hạn chế", "Kind of shortcoming"),
            entry("none", "Không có", "None"),
            entry("chart-agency", "Lượt người tham gia theo lực lượng", "Participations by agency"),
            entry("chart-year", "Lượt người tham gia theo năm", "Participations by year"),
            entry("chart-district", "Lượt người tham gia theo huyện", "Participations by district"),
            entry("chart-pair", "Hoạt động phối hợp theo cặp lực lượng", "Joint activities by pair"),
            entry("chart-commendations", "Khen thưởng đã trao theo lực lượng", "Commendations conferred by agency"),
            entry("sheet-summary", "Tổng quan", "Summary"),
            entry("sheet-outreach", "Tuyên truyền", "Outreach"),
            entry("sheet-coordination", "Phối hợp", "Coordination"),
            entry("sheet-models", "Mô hình", "Models"),
            entry("sheet-commendations", "Khen thưởng", "Commendations"),
            entry("sheet-shortcomings", "Hạn chế", "Shortcomings"),
            entry("sheet-reporting", "Báo cáo định kỳ", "Periodic reports"),
            entry("sheet-outcomes", "Kết quả ANTT", "Outcomes"),
            entry("sheet-skills", "Kỹ năng số, tài liệu", "Skills, materials"),
            entry("skills", "Kỹ năng số và tài liệu tuyên truyền chính thống", "Digital skills and official materials"),
            entry("skills-by-district", "Theo huyện: cán bộ được tập huấn, hoạt động trực tuyến và tài liệu của các xã",
                    "By district: staff trained, online activities and the communes' materials"),
            entry("communes-with-materials", "Xã có tài liệu chính thống", "Communes holding official materials"),
            entry("communes-missing-languages", "Xã thiếu tài liệu bằng tiếng của người dân",
                    "Communes without materials in their residents' languages"),
            entry("communes", "Số xã", "Communes"),
            entry("province-level", "Cấp tỉnh", "Province level"));
            

    private ReportText() {
    }

    /** The report's word for {@code key}: every key the report uses is here (ReportTextTest reads them all). */
    static String of(String key, Locale locale) {
        Label label = TEXTS.get(key);
        if (label == null) {
            throw new IllegalArgumentException("The report has no text for " + key);
        }
        return label.in(locale);
    }

    /** The name of a figure (a total of an answer, a number of a finding's evidence), from the one catalogue. */
    static String figure(String name, Locale locale) {
        return Vocabulary.label(Vocabulary.FIGURE, name, locale);
    }

    /** Whether the catalogue has a text for {@code key}. */
    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static Map.Entry<String, Label> entry(String key, String vi, String en) {
        return Map.entry(key, new Label(vi, en));
    }
}
