package vn.antq.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.material.DistributionEvent;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.outcome.OutcomeEvent;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodState;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.contracts.review.ReviewEvent;
import vn.antq.contracts.review.ReviewKind;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.contracts.user.UnitLocality;
import vn.antq.contracts.user.UnitStructure;
import vn.antq.contracts.user.UserChange;
import vn.antq.contracts.user.UserEvent;

/** A valid body for every event type, set in Kon Tum (province 62). */
public final class Samples {

    public static final Instant AT = Instant.parse("2024-05-01T08:30:00Z");
    public static final Locality KON_TUM_COMMUNE = new Locality("62", "608", "23284");

    private Samples() {
    }

    public static EventBody of(EventContract contract) {
        return switch (contract) {
            case ACTIVITY_RECORDED -> activity(1, ActivityStatus.RECORDED);
            case ACTIVITY_REVISED -> activity(2, ActivityStatus.RECORDED);
            case ACTIVITY_CANCELLED -> activity(3, ActivityStatus.CANCELLED);
            case MODEL_REGISTERED -> model(1);
            case MODEL_CHANGED -> model(2);
            case MODEL_REPORTED -> report();
            case REVIEW_HELD -> review();
            case AWARD_CHANGED -> award(AwardStatus.CONFERRED);
            case PERIOD_CHANGED -> period();
            case OUTCOME_RECORDED -> outcome(1);
            case TRAINING_RECORDED -> training(1, false);
            case MATERIAL_CHANGED -> material(1, false);
            case MATERIAL_DISTRIBUTED -> distribution(1, false);
            case USER_CHANGED -> user(2, UserChange.ROLES_CHANGED);
        };
    }

    public static ActivityEvent activity(long version, ActivityStatus status) {
        return activity(version, status, 120, 80, 30);
    }

    public static ActivityEvent activity(long participants, long women, long ethnicMinority) {
        return activity(1, ActivityStatus.RECORDED, participants, women, ethnicMinority);
    }

    private static ActivityEvent activity(long version, ActivityStatus status, long participants, long women, long ethnicMinority) {
        return new ActivityEvent("act-1", version, "recorder-1", AT, "WOMEN_UNION", List.of("POLICE"),
                Level.COMMUNE, KON_TUM_COMMUNE, ActivityKind.MOCK_TRIAL, Channel.DIRECT, List.of("phòng chống ma túy"),
                "Phiên tòa giả định về ma túy", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1),
                participants, women, ethnicMinority, 0, 0, status);
    }

    public static ModelEvent model(long version) {
        return new ModelEvent("model-1", version, "recorder-1", AT, "Tổ phụ nữ tuyên truyền pháp luật", "LEGAL_OUTREACH_TEAM",
                "WOMEN_UNION", List.of("POLICE"), KON_TUM_COMMUNE, "Thôn Kon Klor", LocalDate.of(2019, 3, 8), 15,
                ModelStatus.ACTIVE);
    }

    public static ModelReportEvent report() {
        return new ModelReportEvent(ModelReportEvent.reportId("model-1", "2024-Q2"), 1, "recorder-1", AT, "model-1",
                "LEGAL_OUTREACH_TEAM", "WOMEN_UNION", KON_TUM_COMMUNE, "2024-Q2", LocalDate.of(2024, 4, 1),
                LocalDate.of(2024, 6, 30), 3, 2, 1, 1, 0, 16, "Họp đủ 3 buổi");
    }

    /** The Kon Tum commune's activities of May 2024, approved by the district. */
    public static PeriodEvent period() {
        return new PeriodEvent(PeriodEvent.idOf(DataSet.ACTIVITIES, "WOMEN_UNION", "23284", "2024-05"), 2, "approver-1",
                AT.plusSeconds(86_400 * 40), DataSet.ACTIVITIES, "WOMEN_UNION", Level.COMMUNE, KON_TUM_COMMUNE, "2024-05",
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31), PeriodState.APPROVED, PeriodStep.APPROVED, null,
                "recorder-1", AT.plusSeconds(86_400 * 33), AT.plusSeconds(86_400 * 33), "approver-1",
                AT.plusSeconds(86_400 * 40), 12);
    }

    /** The police's figures of the Kon Tum commune for May 2024. */
    public static TrainingEvent training(long version, boolean cancelled) {
        return new TrainingEvent("training-1", version, "recorder-1", AT, "POLICE", new Locality("62", "608", null),
                "Tập huấn quản trị Fanpage và nhóm Zalo", LocalDate.of(2024, 4, 20), LocalDate.of(2024, 4, 21),
                List.of(DigitalTopic.FANPAGE, DigitalTopic.ZALO_GROUP), List.of("Nguyễn Văn An"),
                List.of(new TrainingEvent.Attendance("POLICE", KON_TUM_COMMUNE, 3),
                        new TrainingEvent.Attendance("WOMEN_UNION", KON_TUM_COMMUNE, 2)), cancelled);
    }

    public static MaterialEvent material(long version, boolean withdrawn) {
        return new MaterialEvent("material-1", version, "recorder-1", AT, "POLICE", Locality.ofProvince("62"),
                "Tờ gấp phòng, chống ma túy", MaterialKind.LEAFLET, List.of("phòng chống ma túy"),
                List.of(MaterialLanguage.VIETNAMESE, MaterialLanguage.XO_DANG), "2024", LocalDate.of(2024, 3, 1),
                new MaterialEvent.MaterialFile("file-1", "to-gap-ma-tuy.pdf", "application/pdf", 48_213,
                        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
                "https://congan.kontum.gov.vn/tai-lieu/to-gap-ma-tuy", withdrawn);
    }

    public static DistributionEvent distribution(long version, boolean cancelled) {
        return new DistributionEvent("distribution-1", version, "recorder-1", AT, "material-1", "POLICE",
                KON_TUM_COMMUNE, LocalDate.of(2024, 3, 15), 200, true, cancelled);
    }

    public static OutcomeEvent outcome(long version) {
        return new OutcomeEvent(OutcomeEvent.idOf("23284", "2024-05"), version, "police-recorder-1", AT, KON_TUM_COMMUNE,
                "2024-05", 2, 3, 1, 0, 4, 6, 2, 5, 3);
    }

    public static ReviewEvent review() {
        return new ReviewEvent("review-1", 1, "recorder-1", AT, ReviewKind.FINAL, ReviewEvent.JOINT,
                List.of("WOMEN_UNION", "POLICE", "VETERANS", "FARMERS"), Level.PROVINCE, Locality.ofProvince("62"),
                LocalDate.of(2024, 11, 20), LocalDate.of(2019, 1, 1), LocalDate.of(2024, 12, 31),
                "Hội nghị tổng kết phong trào toàn dân bảo vệ ANTQ giai đoạn 2019 - 2024");
    }

    public static AwardEvent award(AwardStatus status) {
        boolean decided = status.decided();
        return new AwardEvent("award-1", 3, "approver-1", AT, AwardForm.CERTIFICATE_OF_MERIT,
                decided ? "Chủ tịch UBND tỉnh Kon Tum" : null, decided ? "1234/QĐ-UBND" : null,
                decided ? LocalDate.of(2024, 11, 15) : null, RecipientType.COLLECTIVE, "Hội LHPN xã Đăk Blà",
                "WOMEN_UNION", KON_TUM_COMMUNE, "review-1", "Có thành tích trong phong trào toàn dân bảo vệ ANTQ",
                List.of("act-1"), List.of("model-1"), status, "recorder-1",
                status.needsReason() ? "Quyết định bị hủy" : null);
    }

    public static UserEvent user(long version, UserChange change) {
        return new UserEvent("cb.dakbla", version, "admin-1", AT, "POLICE", List.of("APPROVER", "RECORDER"),
                new UnitLocality("23284", UnitStructure.Y2019), true, change);
    }
}
