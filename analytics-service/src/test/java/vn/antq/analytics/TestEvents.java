package vn.antq.analytics;

import java.time.Duration;
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
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.DataSet;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.contracts.review.ReviewEvent;
import vn.antq.contracts.review.ReviewKind;

/** Event bodies for tests, valid by the contract, with the fields a test cares about in front. */
public final class TestEvents {

    /** Kon Tum: Huyện Đắk Tô (612), Thị trấn Đắk Tô (23401). */
    public static final Locality DAK_TO = new Locality("62", "612", "23401");

    /**
     * A spread for batches of activities that exercise the rollups: the four agencies, communes in three districts of
     * Kon Tum and a district-level place, and a kind of each channel but print.
     */
    public static final List<String> SPREAD_AGENCIES = List.of("POLICE", "WOMEN_UNION", "VETERANS", "FARMERS");
    public static final List<Locality> SPREAD_PLACES = List.of(new Locality("62", "610", "23371"),
            new Locality("62", "610", "23374"), new Locality("62", "611", "23377"), new Locality("62", "611", "23389"),
            DAK_TO, new Locality("62", "613", null));
    public static final List<ActivityKind> SPREAD_KINDS = List.of(ActivityKind.VILLAGE_MEETING, ActivityKind.TRAINING,
            ActivityKind.ZALO_POST, ActivityKind.LOUDSPEAKER);

    private TestEvents() {
    }

    public static ActivityEvent activity(String id, long version, String agency, List<String> partners,
            Locality locality, ActivityKind kind, LocalDate startDate, long participants, long women, long ethnicMinority,
            long reach, long copies, ActivityStatus status) {
        return new ActivityEvent(id, version, "tester", Instant.parse("2024-06-01T00:00:00Z").plusSeconds(version),
                agency, partners, Level.COMMUNE, locality, kind, kind.channel().orElseThrow(), List.of("an ninh"),
                "Hoạt động " + id, startDate, startDate, participants, women, ethnicMinority, reach, copies, status);
    }

    public static ActivityEvent meeting(String id, long version, String agency, LocalDate startDate, long participants) {
        return activity(id, version, agency, List.of(), DAK_TO, ActivityKind.VILLAGE_MEETING, startDate, participants,
                participants / 2, participants / 3, 0, 0, ActivityStatus.RECORDED);
    }

    public static ModelEvent model(String id, long version, String type, String agency, Locality locality,
            LocalDate establishedOn, ModelStatus status) {
        return new ModelEvent(id, version, "tester", Instant.parse("2024-01-01T00:00:00Z").plusSeconds(version),
                "Mô hình " + id, type, agency, List.of(), locality, null, establishedOn, 12, status);
    }

    public static ModelReportEvent report(String modelId, long version, String type, String agency, Locality locality,
            String period, long meetings) {
        ReportPeriod reportPeriod = new ReportPeriod(period);
        return new ModelReportEvent(ModelReportEvent.reportId(modelId, period), version, "tester",
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(version), modelId, type, agency, locality, period,
                reportPeriod.start(), reportPeriod.end(), meetings, 1, 2, 0, 0, 12, null);
    }

    public static ReviewEvent review(String id, ReviewKind kind, String organiser, List<String> agencies,
            Locality locality, LocalDate heldOn) {
        return new ReviewEvent(id, 1, "tester", heldOn.atStartOfDay(vn.antq.kit.reference.VietnamTime.ZONE).toInstant(),
                kind, organiser, agencies, Level.PROVINCE, locality, heldOn, heldOn.minusMonths(6), heldOn.minusDays(1),
                "Hội nghị " + id);
    }

    public static AwardEvent award(String id, long version, AwardForm form, String agency, AwardStatus status,
            LocalDate decidedOn, String reviewId, Instant occurredAt) {
        boolean decided = status.decided();
        return new AwardEvent(id, version, "tester", occurredAt, form, decided ? "Chủ tịch UBND tỉnh Kon Tum" : null,
                decided ? "QĐ-" + id : null, decided ? decidedOn : null, RecipientType.COLLECTIVE, "Đơn vị " + id,
                agency, Locality.ofProvince("62"), reviewId, "Có thành tích xuất sắc", List.of(), List.of(), status,
                "nominator", status.needsReason() ? "Không đủ tiêu chuẩn" : null);
    }

    /**
     * A unit's report of its outreach activities for {@code period}, as it stands after {@code step}; first submitted at
     * {@code firstSubmittedAt}, each later version a day after it. The level follows from the locality.
     */
    public static PeriodEvent period(String agency, Locality locality, String period, long version, PeriodStep step,
            String firstSubmittedAt, long records) {
        return period(DataSet.ACTIVITIES, agency, locality, period, version, step, firstSubmittedAt, records);
    }

    /** As {@link #period(String, Locality, String, long, PeriodStep, String, long)}, of the data set given. */
    public static PeriodEvent period(DataSet dataSet, String agency, Locality locality, String period, long version,
            PeriodStep step, String firstSubmittedAt, long records) {
        Instant submitted = Instant.parse(firstSubmittedAt);
        Instant at = submitted.plus(Duration.ofDays(version - 1));
        Level level = locality.commune() != null ? Level.COMMUNE : locality.district() != null ? Level.DISTRICT : Level.PROVINCE;
        ReportPeriod reportPeriod = new ReportPeriod(period);
        boolean decided = step != PeriodStep.SUBMITTED;
        String reason = step == PeriodStep.RETURNED || step == PeriodStep.UNLOCKED ? "Thiếu số liệu" : null;
        return new PeriodEvent(PeriodEvent.idOf(dataSet, agency, locality.mostSpecificCode(), period), version,
                decided ? "approver" : "recorder", at, dataSet, agency, level, locality, period,
                reportPeriod.start(), reportPeriod.end(), step.state(), step, reason, "recorder", submitted, submitted,
                decided ? "approver" : null, decided ? at : null, records);
    }
}
