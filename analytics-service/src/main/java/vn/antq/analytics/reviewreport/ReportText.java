package vn.antq.analytics.reviewreport;

import java.util.Locale;
import java.util.Map;

import vn.antq.contracts.common.Label;

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
            entry("computed", "Số liệu tính lúc", "Figures as of"),
            entry("summary", "Tổng quan", "Summary"),
            entry("key-figures", "Số liệu chính", "Key figures"),
            entry("figure", "Chỉ tiêu", "Figure"),
            entry("outreach", "Công tác tuyên truyền", "Outreach"),
            entry("coordination", "Phối hợp giữa các lực lượng", "Coordination between the forces"),
            entry("models", "Mô hình tự quản về an ninh trật tự", "Self-managed security models"),
            entry("commendations", "Khen thưởng", "Commendations"),
            entry("shortcomings", "Hạn chế", "Shortcomings"),
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
            entry("activities", "Hoạt động", "Activities"),
            entry("participants", "Lượt người tham gia", "Participations"),
            entry("women", "Lượt nữ", "Women"),
            entry("ethnicMinority", "Lượt người DTTS", "Ethnic minority"),
            entry("reach", "Lượt tiếp cận", "Reach"),
            entry("copies", "Số bản", "Copies"),
            entry("jointActivities", "Hoạt động phối hợp", "Joint activities"),
            entry("models-total", "Mô hình", "Models"),
            entry("total", "Tổng", "Total"),
            entry("reports", "Báo cáo", "Reports"),
            entry("meetings", "Buổi sinh hoạt", "Meetings"),
            entry("mediations", "Vụ hòa giải", "Mediations"),
            entry("tipsReported", "Tin báo, tố giác", "Tips reported"),
            entry("offendersSupported", "Người lầm lỗi được giúp đỡ", "Offenders supported"),
            entry("incidents", "Vụ việc", "Incidents"),
            entry("monthsWithoutReport", "Số tháng không báo cáo", "Months without a report"),
            entry("lastReportPeriod", "Kỳ báo cáo cuối", "Last report"),
            entry("activeModels", "Mô hình đang hoạt động", "Active models"),
            entry("participations", "Lượt người tham gia", "Participations"),
            entry("residents", "Số dân", "Residents"),
            entry("participationsPerThousandResidents", "Lượt tham gia trên 1.000 dân", "Participations per 1,000 residents"),
            entry("provinceMedianPerThousandResidents", "Trung vị của tỉnh trên 1.000 dân",
                    "Province median per 1,000 residents"),
            entry("participationsPerActivity", "Lượt tham gia mỗi hoạt động", "Participations per activity"),
            entry("provinceMedianPerActivity", "Trung vị của tỉnh mỗi hoạt động", "Province median per activity"),
            entry("provinceLocalities", "Số địa bàn so sánh trong tỉnh", "Localities of the province compared"),
            entry("recentParticipations", "Lượt tham gia những tháng gần nhất", "Participations in the latest months"),
            entry("earlierParticipations", "Lượt tham gia cùng kỳ năm trước", "Participations a year earlier"),
            entry("changePercent", "Thay đổi (%)", "Change (%)"),
            entry("lowCommunes", "Số xã cũng thấp", "Communes also low"),
            entry("medianPairJointActivities", "Trung vị hoạt động phối hợp của các cặp",
                    "Median joint activities of the pairs"),
            entry("pairs", "Số cặp lực lượng so sánh", "Pairs of agencies compared"),
            entry("recentJointActivities", "Hoạt động phối hợp những tháng gần nhất", "Joint activities in the latest months"),
            entry("earlierJointActivities", "Hoạt động phối hợp cùng kỳ năm trước", "Joint activities a year earlier"),
            entry("agencies", "Số lực lượng", "Agencies"),
            entry("reviews", "Hội nghị sơ kết, tổng kết", "Review conferences"),
            entry("interimReviews", "Hội nghị sơ kết", "Interim reviews"),
            entry("finalReviews", "Hội nghị tổng kết", "Final reviews"),
            entry("longestGapMonths", "Khoảng cách dài nhất (tháng)", "Longest gap (months)"),
            entry("longestGapDays", "Khoảng cách dài nhất (ngày)", "Longest gap (days)"),
            entry("commendationsInInterimReviewYears", "Khen thưởng trong các năm sơ kết",
                    "Commendations in interim review years"),
            entry("nominated", "Đề nghị", "Nominated"),
            entry("approved", "Đã duyệt", "Approved"),
            entry("rejected", "Không duyệt", "Rejected"),
            entry("conferred", "Đã trao", "Conferred"),
            entry("revoked", "Thu hồi", "Revoked"),
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
            entry("LOW_PARTICIPATION", "Kết quả tuyên truyền thấp", "Low participation"),
            entry("LOOSE_COORDINATION", "Phối hợp chưa chặt chẽ", "Loose coordination"),
            entry("PAPER_ONLY_MODEL", "Mô hình hoạt động hình thức", "Paper-only model"),
            entry("OVERLAPPING_MODELS", "Mô hình chồng chéo", "Overlapping models"),
            entry("IRREGULAR_REVIEWS", "Sơ kết, tổng kết, khen thưởng chưa thường xuyên", "Irregular reviews"),
            entry("HIGH", "Cao", "High"),
            entry("MEDIUM", "Trung bình", "Medium"),
            entry("LOW", "Thấp", "Low"));

    private ReportText() {
    }

    /** The text for {@code key}; the key itself when there is none (a code such as a model type). */
    static String of(String key, Locale locale) {
        Label label = TEXTS.get(key);
        return label == null ? key : label.in(locale);
    }

    /** Whether the catalogue has a text for {@code key}. */
    static boolean has(String key) {
        return TEXTS.containsKey(key);
    }

    private static Map.Entry<String, Label> entry(String key, String vi, String en) {
        return Map.entry(key, new Label(vi, en));
    }
}
