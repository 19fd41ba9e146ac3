package vn.antq.contracts.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.outcome.CrimeGroup;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodState;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.review.ReviewKind;

/**
 * The one catalogue of the words a person sees for a code, in Vietnamese and English: the dashboard (through the
 * portal's {@code /api/vocabulary}), the report in every format, the portal's pages and the problem messages all name
 * codes from here. Each dimension maps its codes, in their natural order, to a {@link Label}. The contracts' enums and
 * known reference data bring their own labels; the codes that are not contract enums (roles, the kinds and severities
 * of the shortcomings analytics finds, the names of the figures answers carry) are named here.
 */
public final class Vocabulary {

    public static final String AGENCY = "agency";
    public static final String ROLE = "role";
    public static final String LEVEL = "level";
    public static final String CHANNEL = "channel";
    public static final String KIND = "kind";
    public static final String ACTIVITY_STATUS = "activityStatus";
    public static final String MODEL_TYPE = "modelType";
    public static final String MODEL_STATUS = "modelStatus";
    public static final String REVIEW_KIND = "reviewKind";
    public static final String FORM = "form";
    public static final String RECIPIENT_TYPE = "recipientType";
    public static final String AWARD_STATUS = "awardStatus";
    public static final String FINDING_KIND = "findingKind";
    public static final String SEVERITY = "severity";
    /** How often a leader receives the review report by e-mail. */
    public static final String REPORT_CADENCE = "reportCadence";
    /** Where one e-mailed report stands. */
    public static final String DELIVERY_STATE = "deliveryState";
    /** What a unit reports for a period. */
    public static final String DATA_SET = "dataSet";
    /** Where a unit's report of a period stands. */
    public static final String PERIOD_STATE = "periodState";
    /** A step of a unit's report of a period. */
    public static final String PERIOD_STEP = "periodStep";
    /** A group of crime cases of the police's outcome figures. */
    public static final String CRIME_GROUP = "crimeGroup";
    /** What a digital-skills training taught. */
    public static final String DIGITAL_TOPIC = "digitalTopic";
    /** What an official outreach material is. */
    public static final String MATERIAL_KIND = "materialKind";
    /** A language a material is written or spoken in. */
    public static final String LANGUAGE = "language";
    /** The figures of the answers and of the shortcomings' evidence, by the names the JSON gives them. */
    public static final String FIGURE = "figure";

    private static final Map<String, Map<String, Label>> DIMENSIONS = build();
    private static final Map<Class<?>, String> ENUM_DIMENSIONS = Map.ofEntries(
            Map.entry(Level.class, LEVEL), Map.entry(Channel.class, CHANNEL), Map.entry(ActivityKind.class, KIND),
            Map.entry(ActivityStatus.class, ACTIVITY_STATUS), Map.entry(ModelStatus.class, MODEL_STATUS),
            Map.entry(ReviewKind.class, REVIEW_KIND), Map.entry(AwardForm.class, FORM),
            Map.entry(RecipientType.class, RECIPIENT_TYPE), Map.entry(AwardStatus.class, AWARD_STATUS),
            Map.entry(DataSet.class, DATA_SET), Map.entry(PeriodState.class, PERIOD_STATE),
            Map.entry(PeriodStep.class, PERIOD_STEP), Map.entry(CrimeGroup.class, CRIME_GROUP),
            Map.entry(DigitalTopic.class, DIGITAL_TOPIC), Map.entry(MaterialKind.class, MATERIAL_KIND),
            Map.entry(MaterialLanguage.class, LANGUAGE));

    private Vocabulary() {
    }

    /** Every dimension and its codes' labels, in order: what the golden list and the dashboard read. */
    public static Map<String, Map<String, Label>> all() {
        return DIMENSIONS;
    }

    /** The label of {@code code} in {@code dimension}, if the catalogue has one. */
    public static Optional<Label> find(String dimension, String code) {
        Map<String, Label> codes = DIMENSIONS.get(dimension);
        return codes == null || code == null ? Optional.empty() : Optional.ofNullable(codes.get(code));
    }

    /**
     * The word for {@code code} in the reader's language. A code the catalogue does not know (reference data added
     * after this release, e.g. a new agency) is shown as it is: the golden list test keeps the known ones complete.
     */
    public static String label(String dimension, String code, Locale locale) {
        return find(dimension, code).map(label -> label.in(locale)).orElse(code);
    }

    /** The dimension whose codes are the constants of a contract enum ({@code ActivityKind} is {@code kind}), if it is one. */
    public static Optional<String> dimensionOf(Class<?> enumType) {
        return Optional.ofNullable(ENUM_DIMENSIONS.get(enumType));
    }

    private static Map<String, Map<String, Label>> build() {
        Map<String, Map<String, Label>> all = new LinkedHashMap<>();
        all.put(AGENCY, codes(KnownAgencies.ALL.stream().map(agency -> Map.entry(agency.code(), agency.label()))));
        all.put(ROLE, named(
                "RECORDER", "Cập nhật hoạt động", "Recorder",
                "APPROVER", "Phê duyệt", "Approver",
                "OPS", "Theo dõi", "Operations",
                "ADMIN", "Quản trị", "Administrator"));
        all.put(LEVEL, enumCodes(Level.values()));
        all.put(CHANNEL, enumCodes(Channel.values()));
        all.put(KIND, enumCodes(ActivityKind.values()));
        all.put(ACTIVITY_STATUS, enumCodes(ActivityStatus.values()));
        all.put(MODEL_TYPE, codes(KnownModelTypes.ALL.stream().map(type -> Map.entry(type.code(), type.label()))));
        all.put(MODEL_STATUS, enumCodes(ModelStatus.values()));
        all.put(REVIEW_KIND, enumCodes(ReviewKind.values()));
        all.put(FORM, enumCodes(AwardForm.values()));
        all.put(RECIPIENT_TYPE, enumCodes(RecipientType.values()));
        all.put(AWARD_STATUS, enumCodes(AwardStatus.values()));
        all.put(DATA_SET, enumCodes(DataSet.values()));
        all.put(PERIOD_STATE, enumCodes(PeriodState.values()));
        all.put(PERIOD_STEP, enumCodes(PeriodStep.values()));
        all.put(CRIME_GROUP, enumCodes(CrimeGroup.values()));
        all.put(DIGITAL_TOPIC, enumCodes(DigitalTopic.values()));
        all.put(MATERIAL_KIND, enumCodes(MaterialKind.values()));
        all.put(LANGUAGE, enumCodes(MaterialLanguage.values()));
        all.put(FINDING_KIND, named(
                "LOW_PARTICIPATION", "Kết quả tuyên truyền thấp", "Low outreach results",
                "LOOSE_COORDINATION", "Phối hợp chưa chặt chẽ", "Loose coordination",
                "PAPER_ONLY_MODEL", "Mô hình hoạt động hình thức", "Models that exist only on paper",
                "OVERLAPPING_MODELS", "Mô hình chồng chéo", "Overlapping models",
                "IRREGULAR_REVIEWS", "Sơ kết, tổng kết, khen thưởng chưa thường xuyên",
                "Reviews and commendations not held regularly",
                "IRREGULAR_REPORTING", "Báo cáo định kỳ chưa đầy đủ, đúng hạn", "Periodic reports missing or late",
                "OUTCOME_WORSENING", "Vụ việc tăng trong khi tuyên truyền giảm", "Incidents rose while outreach fell",
                "DIGITAL_SKILLS_GAP", "Cán bộ cơ sở thiếu kỹ năng số", "Grassroots staff lack digital skills",
                "MATERIALS_GAP", "Thiếu tài liệu tuyên truyền chính thống", "Official outreach materials lacking"));
        all.put(SEVERITY, named(
                "HIGH", "Cao", "High",
                "MEDIUM", "Trung bình", "Medium",
                "LOW", "Thấp", "Low"));
        all.put(REPORT_CADENCE, named(
                "MONTHLY", "hằng tháng", "monthly",
                "QUARTERLY", "hằng quý", "quarterly"));
        all.put(DELIVERY_STATE, named(
                "PLANNED", "chờ gửi", "waiting to be sent",
                "SENDING", "đang gửi", "being sent",
                "RETRY", "gửi lỗi, sẽ thử lại", "failed, will be tried again",
                "SENT", "đã gửi", "sent",
                "FAILED", "gửi lỗi, đã dừng thử lại", "failed, no more tries",
                "UNCERTAIN", "không rõ đã gửi chưa (máy gửi dừng giữa chừng); cần kiểm tra và yêu cầu gửi lại nếu cần",
                "unknown whether it was sent (the sender stopped mid-send); check and ask for a resend if needed",
                "CANCELLED", "đã hủy (thôi đăng ký)", "cancelled (unsubscribed)"));
        all.put(FIGURE, named(
                // outreach (participation cells)
                "activities", "Hoạt động tuyên truyền", "Outreach activities",
                "participants", "Lượt người tham gia", "Participations",
                "women", "Lượt nữ tham gia", "Participations by women",
                "ethnicMinority", "Lượt người dân tộc thiểu số", "Participations by ethnic minorities",
                "reach", "Lượt tiếp cận trực tuyến, phát thanh", "Online and broadcast reach",
                "copies", "Số ấn phẩm phát hành", "Copies distributed",
                // coordination
                "jointActivities", "Hoạt động phối hợp", "Joint activities",
                // awards
                "nominated", "Đề nghị khen thưởng", "Nominated",
                "approved", "Đã phê duyệt", "Approved",
                "rejected", "Không phê duyệt", "Rejected",
                "conferred", "Đã trao tặng", "Conferred",
                "revoked", "Đã thu hồi", "Revoked",
                // models' periodic reports
                "reports", "Báo cáo định kỳ của mô hình", "Periodic reports of the models",
                "meetings", "Buổi sinh hoạt", "Meetings",
                "mediations", "Vụ việc hòa giải thành", "Disputes mediated",
                "tipsReported", "Tin báo, tố giác tội phạm", "Crime reports from residents",
                "offendersSupported", "Người lầm lỗi được giúp đỡ", "People who offended helped",
                "incidents", "Vụ việc về an ninh, trật tự", "Security and order incidents",
                // the shortcomings' evidence
                "participations", "Lượt người tham gia", "Participations",
                "residents", "Số dân", "Residents",
                "participationsPerThousandResidents", "Lượt tham gia trên 1.000 dân", "Participations per 1,000 residents",
                "provinceMedianPerThousandResidents", "Trung vị của tỉnh (lượt trên 1.000 dân)",
                "Province median (per 1,000 residents)",
                "participationsPerActivity", "Lượt tham gia mỗi hoạt động", "Participations per activity",
                "provinceMedianPerActivity", "Trung vị của tỉnh (lượt mỗi hoạt động)", "Province median (per activity)",
                "provinceLocalities", "Số địa bàn trong tỉnh được so sánh", "Localities of the province compared",
                "recentParticipations", "Lượt tham gia những tháng gần nhất", "Participations in the latest months",
                "earlierParticipations", "Lượt tham gia cùng kỳ năm trước", "Participations a year earlier",
                "changePercent", "Thay đổi so với cùng kỳ (%)", "Change on a year earlier (%)",
                "lowCommunes", "Số xã cũng ở mức thấp", "Communes also low",
                "medianPairJointActivities", "Trung vị hoạt động phối hợp của các cặp lực lượng",
                "Median joint activities of the pairs of agencies",
                "pairs", "Số cặp lực lượng được so sánh", "Pairs of agencies compared",
                "recentJointActivities", "Hoạt động phối hợp những tháng gần nhất", "Joint activities in the latest months",
                "earlierJointActivities", "Hoạt động phối hợp cùng kỳ năm trước", "Joint activities a year earlier",
                "monthsWithoutReport", "Số tháng không báo cáo", "Months without a report",
                "activeModels", "Mô hình đang hoạt động", "Active models",
                "agencies", "Số lực lượng", "Agencies",
                "reviews", "Hội nghị sơ kết, tổng kết", "Review conferences",
                "interimReviews", "Hội nghị sơ kết", "Interim reviews",
                "finalReviews", "Hội nghị tổng kết", "Final reviews",
                "longestGapMonths", "Khoảng cách dài nhất giữa hai hội nghị (tháng)", "Longest gap between reviews (months)",
                "longestGapDays", "Khoảng cách dài nhất giữa hai hội nghị (ngày)", "Longest gap between reviews (days)",
                "commendationsInInterimReviewYears", "Khen thưởng trong các năm sơ kết",
                "Commendations in interim-review years",
                // reporting by the units (periodic reports)
                "expected", "Số báo cáo phải gửi", "Reports expected",
                "submitted", "Đã gửi", "Submitted",
                "onTime", "Gửi đúng hạn", "On time",
                "reportingRatePercent", "Tỷ lệ gửi báo cáo (%)", "Reporting rate (%)",
                "onTimeRatePercent", "Tỷ lệ gửi đúng hạn (%)", "On-time rate (%)",
                "notReported", "Số kỳ chưa gửi báo cáo", "Periods not reported",
                // the police's outcome figures
                "outcomeRecords", "Số tháng có số liệu kết quả", "Months with outcome figures",
                "crimes", "Vụ phạm tội", "Crime cases",
                "drugCrimes", "Vụ phạm tội về ma túy", "Drug crime cases",
                "propertyCrimes", "Vụ phạm tội xâm phạm sở hữu", "Property crime cases",
                "violentCrimes", "Vụ phạm tội xâm phạm tính mạng, sức khỏe", "Violent crime cases",
                "otherCrimes", "Vụ phạm tội khác", "Other crime cases",
                "socialEvils", "Vụ tệ nạn xã hội", "Social-evil cases",
                "crimeReports", "Tin tố giác tội phạm của người dân", "Reports of crime by residents",
                "offendersReintegrated", "Người lầm lỗi được giúp đỡ tái hòa nhập", "People who offended helped to reintegrate",
                "disputesMediated", "Vụ việc hòa giải ở cơ sở", "Disputes mediated at the grassroots",
                "securityIncidents", "Vụ việc về an ninh, trật tự", "Security and order incidents",
                // OUTCOME_WORSENING's evidence
                "recentIncidents", "Vụ việc (tội phạm, tệ nạn xã hội, an ninh) những tháng gần nhất", "Incidents (crime, social evils, security) in the latest months",
                "earlierIncidents", "Vụ việc cùng kỳ năm trước", "Incidents a year earlier",
                "incidentRisePercent", "Vụ việc tăng so với cùng kỳ (%)", "Rise in incidents on a year earlier (%)",
                "outreachFallPercent", "Lượt tham gia giảm so với cùng kỳ (%)", "Fall in participations on a year earlier (%)",
                "recentPerThousandResidents", "Lượt tham gia trên 1.000 dân những tháng gần nhất", "Participations per 1,000 residents in the latest months",
                "earlierPerThousandResidents", "Lượt tham gia trên 1.000 dân cùng kỳ năm trước", "Participations per 1,000 residents a year earlier",
                // digital-skills trainings, DIGITAL_SKILLS_GAP's evidence
                "trainings", "Lớp tập huấn kỹ năng số", "Digital-skills trainings",
                "trainedStaff", "Cán bộ được tập huấn kỹ năng số", "Staff trained in digital skills",
                "onlineActivities", "Hoạt động tuyên truyền trực tuyến", "Online outreach activities",
                "recentActivities", "Hoạt động những tháng gần nhất", "Activities in the latest months",
                "provinceTrainedStaff", "Cán bộ được tập huấn trong toàn tỉnh", "Staff trained in the whole province",
                // the materials library, MATERIALS_GAP's evidence
                "materialsReceived", "Tài liệu đã nhận", "Materials received",
                "currentMaterials", "Tài liệu chính thống còn hiệu lực", "Current official materials",
                "materialsUsed", "Tài liệu đã dùng trong hoạt động", "Materials used in activities",
                "distributions", "Lần cấp phát", "Distributions",
                "digital", "Lần nhận bản điện tử", "Received as a file or link",
                "uses", "Lượt hoạt động dùng tài liệu", "Activities using materials",
                "languages", "Ngôn ngữ của tài liệu", "Languages of the materials",
                "residentLanguages", "Tiếng nói của người dân", "Languages residents speak",
                "missingLanguages", "Tiếng nói chưa có tài liệu", "Residents' languages without materials"));
        all.replaceAll((dimension, codes) -> Collections.unmodifiableMap(codes));
        return Collections.unmodifiableMap(all);
    }

    private static <E extends Enum<E> & Labelled> Map<String, Label> enumCodes(E[] values) {
        return codes(Stream.of(values).map(value -> Map.entry(value.name(), value.label())));
    }

    private static Map<String, Label> codes(Stream<Map.Entry<String, Label>> entries) {
        Map<String, Label> codes = new LinkedHashMap<>();
        entries.forEach(entry -> {
            if (codes.put(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalStateException("Two labels for " + entry.getKey());
            }
        });
        return codes;
    }

    /** Triples of code, Vietnamese, English. */
    private static Map<String, Label> named(String... triples) {
        if (triples.length % 3 != 0) {
            throw new IllegalArgumentException("code, vi, en expected");
        }
        return codes(Stream.iterate(0, i -> i < triples.length, i -> i + 3)
                .map(i -> Map.entry(triples[i], new Label(triples[i + 1], triples[i + 2]))));
    }

    /** The dimensions in order. */
    public static List<String> dimensions() {
        return List.copyOf(DIMENSIONS.keySet());
    }
}
