package vn.antq.kit.recording.period;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.PeriodState;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The steps of a unit's report of a period, and who may take them (DHIS2's approval per data set, period and unit):
 * <ul>
 * <li><b>submit</b>: a RECORDER of the unit's agency whose locality covers the unit, once the period has reached its
 * last day; it locks the period's records ({@link PeriodLocks});
 * <li><b>approve</b> or <b>return</b> (with a reason): an APPROVER of the agency at the level above the unit (the
 * district for a commune of the 2019-2024 structure, the province for a commune of the 2025 structure and for a
 * district; the province itself for its own report), who is not the person who submitted it;
 * <li><b>unlock</b> an approved period (with a reason): an APPROVER of the agency above the unit (or, for the
 * province's own report, at the province).
 * </ul>
 */
public final class PeriodCommands {

    private static final int MAX_REASON = 500;
    private static final Duration DRAIN_PAUSE = Duration.ofMillis(20);

    private final PeriodStore store;
    private final Recorder<Period> recorder;
    private final PeriodRecords records;
    private final RecordCounts counts;
    private final PeriodLocks locks;
    private final PeriodProblems problems;
    private final ReportingProperties properties;
    private final Gazetteer gazetteer;
    private final Agencies agencies;
    private final String source;
    private final Clock clock;

    PeriodCommands(PeriodStore store, OutboxRelay relay, PeriodRecords records, RecordCounts counts, PeriodLocks locks,
                   PeriodProblems problems, ReportingProperties properties, Gazetteer gazetteer, Agencies agencies,
                   String source, Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.records = records;
        this.counts = counts;
        this.locks = locks;
        this.problems = problems;
        this.properties = properties;
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.source = source;
        this.clock = clock;
    }

    /** A unit's period named in a request, with the unit's place in the structure in force in the period. */
    record Named(PeriodKey key, AdminPath unit) {
    }

    /** The period of {@code agency}'s {@code unit} named {@code period}, or 400 naming each field that is wrong. */
    Named named(String agency, String unit, String period) {
        List<FieldProblem> wrong = new ArrayList<>();
        if (!agencies.isKnown(agency)) {
            wrong.add(FieldProblem.of("agency", "Không có lực lượng mã \u201c" + agency + "\u201d",
                    "There is no agency with code '" + agency + "'"));
        }
        ReportPeriod reportPeriod = null;
        try {
            reportPeriod = new ReportPeriod(period);
        } catch (IllegalArgumentException e) {
            wrong.add(FieldProblem.of("period", "Kỳ báo cáo phải có dạng 2024-05 (tháng) hoặc 2024-Q2 (quý)",
                    "period must look like 2024-05 (a month) or 2024-Q2 (a quarter)"));
        }
        if (reportPeriod != null && wrong.isEmpty()) {
            Cadence cadence = properties.cadenceOf(agency);
            if (!cadence.periodOf(reportPeriod.start()).equals(reportPeriod)) {
                wrong.add(cadence == Cadence.MONTHLY
                        ? FieldProblem.of("period", "Lực lượng này báo cáo theo tháng (ví dụ 2024-05), không theo quý",
                                "this agency reports each month (e.g. 2024-05), not each quarter")
                        : FieldProblem.of("period", "Lực lượng này báo cáo theo quý (ví dụ 2024-Q2), không theo tháng",
                                "this agency reports each quarter (e.g. 2024-Q2), not each month"));
            }
        }
        AdminPath path = null;
        if (reportPeriod != null) {
            if (gazetteer.resolve(unit, reportPeriod.start()) instanceof Resolution.Resolved resolved) {
                path = resolved.path();
            } else {
                wrong.add(FieldProblem.of("unit", "Mã \u201c" + unit + "\u201d không phải đơn vị hành chính trong kỳ "
                                + PeriodProblems.periodVi(reportPeriod) + " (các đơn vị trước ngày 01/7/2025 theo cơ cấu cũ,"
                                + " từ ngày đó theo cơ cấu mới)",
                        "'" + unit + "' is not an administrative unit in " + PeriodProblems.periodEn(reportPeriod)
                                + " (the former units before 1 July 2025, the new ones from that day)"));
            }
        }
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest(wrong);
        }
        Locality locality = new Locality(path.province().code(), path.district() == null ? null : path.district().code(),
                path.commune() == null ? null : path.commune().code());
        return new Named(new PeriodKey(records.dataSet(), agency, locality, reportPeriod), path);
    }

    /** The period as it stands (OPEN, version 0, if nobody has submitted it); read by whoever may read the agency. */
    public Period read(AntqUser user, String agency, String unit, String period) {
        Named named = named(agency, unit, period);
        AccessRules.requireReaderOf(user, agency, named.unit());
        return store.find(named.key().id()).orElse(Period.open(named.key()));
    }

    public List<Period> list(PeriodFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(PeriodFilter filter) {
        return store.count(filter);
    }

    public Period submit(AntqUser user, String agency, String unit, String period) {
        Named named = named(agency, unit, period);
        AccessRules.requireRecorderFor(user, agency, named.unit());
        PeriodKey key = named.key();
        LocalDate today = VietnamTime.today(clock);
        if (today.isBefore(key.period().end())) {
            throw ApiException.badRequest(FieldProblem.of("period",
                    "Kỳ " + PeriodProblems.periodVi(key.period()) + " chưa đến ngày cuối kỳ nên chưa gửi báo cáo được",
                    "the period " + PeriodProblems.periodEn(key.period()) + " has not reached its last day, so it"
                            + " cannot be submitted yet"));
        }
        store.ensure(key);
        Period current = store.find(key.id()).orElseThrow();
        if (current.state() != PeriodState.OPEN && current.state() != PeriodState.RETURNED) {
            throw problems.stepRefused(current, "submit");
        }
        Instant now = clock.instant();
        Instant until = now.plus(properties.getWriteLease().multipliedBy(2));
        if (!store.startFreezing(key.id(), current.version(), until, now)) {
            throw store.find(key.id()).filter(p -> p.state().locked())
                    .map(p -> problems.stepRefused(p, "submit"))
                    .orElseGet(() -> problems.beingSubmitted(key));
        }
        try {
            waitForWritesInFlight(key.id());
            Period.Change change = current.submit(user.subject(), clock.instant(), counts.count(key));
            return recorder.save(current, change(change));
        } finally {
            store.stopFreezing(key.id());
        }
    }

    /** Waits until every write registered before the freeze has finished, or its lease has run out. */
    private void waitForWritesInFlight(String id) {
        while (store.lastLiveWriter(id, clock.instant()) != null) {
            LockSupport.parkNanos(DRAIN_PAUSE.toNanos());
        }
    }

    public Period approve(AntqUser user, String agency, String unit, String period) {
        Period current = decided(user, agency, unit, period, "approve");
        requireAnotherPerson(user, current);
        return recorder.save(current, change(step(current, "approve", () -> current.approve(user.subject(), clock.instant()))));
    }

    public Period sendBack(AntqUser user, String agency, String unit, String period, String reason) {
        String why = reasonOrThrow(reason);
        Period current = decided(user, agency, unit, period, "return");
        requireAnotherPerson(user, current);
        return recorder.save(current, change(step(current, "return",
                () -> current.sendBack(user.subject(), clock.instant(), why))));
    }

    public Period unlock(AntqUser user, String agency, String unit, String period, String reason) {
        String why = reasonOrThrow(reason);
        Period current = decided(user, agency, unit, period, "unlock");
        return recorder.save(current, change(step(current, "unlock",
                () -> current.unlock(user.subject(), clock.instant(), why))));
    }

    /** The period for an approver's step, after checking that the user is an approver of the level above the unit. */
    private Period decided(AntqUser user, String agency, String unit, String period, String step) {
        Named named = named(agency, unit, period);
        AccessRules.requireRole(user, Role.APPROVER);
        if (!user.covers(agency)) {
            throw PeriodProblems.forbidden("Chỉ người phê duyệt của " + agencyName(agency, "vi") + " mới phê duyệt,"
                            + " trả lại hay mở khóa báo cáo của lực lượng này",
                    "Only an approver of the " + agencyName(agency, "en") + " approves, returns or unlocks its reports");
        }
        requireLevelAbove(user, named, step);
        return store.find(named.key().id()).filter(p -> p.version() > 0)
                .orElseThrow(() -> problems.stepRefused(Period.open(named.key()), step));
    }

    /** The approver's unit must be the level above the reported unit (an unlock: any level above it). */
    private void requireLevelAbove(AntqUser user, Named named, String step) {
        AdminPath unit = named.unit();
        String parent = parentOf(unit);
        String mine = user.locality();
        boolean provinceReport = unit.commune() == null && unit.district() == null;
        boolean allowed;
        if (provinceReport) {
            allowed = mine == null || mine.equals(unit.province().code());
        } else if ("unlock".equals(step)) {
            allowed = mine == null || unit.isWithin(mine) && !mine.equals(unit.mostSpecificCode());
        } else {
            allowed = Objects.equals(mine, parent);
        }
        if (!allowed) {
            String parentName = parentName(unit);
            throw PeriodProblems.forbidden(
                    "Báo cáo của " + unit.mostSpecific().name() + " do người phê duyệt của " + parentName
                            + " (cấp trên trực tiếp) phê duyệt, trả lại hoặc mở khóa; tài khoản của bạn thuộc "
                            + (mine == null ? "toàn quốc" : placeName(mine, named)) + ".",
                    "The report of " + unit.mostSpecific().name() + " is approved, returned or unlocked by an approver"
                            + " of " + parentName + " (the level directly above); your account belongs to "
                            + (mine == null ? "the whole country" : placeName(mine, named)) + ".");
        }
    }

    private static String parentOf(AdminPath unit) {
        if (unit.commune() != null && unit.district() != null) {
            return unit.district().code();
        }
        return unit.province().code();
    }

    private static String parentName(AdminPath unit) {
        if (unit.commune() != null && unit.district() != null) {
            return unit.district().name();
        }
        return unit.province().name();
    }

    private String placeName(String code, Named named) {
        return gazetteer.resolve(code, named.key().period().start()) instanceof Resolution.Resolved resolved
                ? resolved.path().mostSpecific().name() : code;
    }

    private String agencyName(String agency, String language) {
        return agencies.find(agency).map(a -> a.label().in(Locale.forLanguageTag(language))).orElse(agency);
    }

    private static void requireAnotherPerson(AntqUser user, Period current) {
        if (user.subject().equals(current.submittedBy())) {
            throw PeriodProblems.forbidden(
                    "Người gửi báo cáo không tự phê duyệt hay trả lại báo cáo của mình: cần một người phê duyệt khác.",
                    "Whoever submitted a report does not approve or return it: another approver must.");
        }
    }

    private Period.Change step(Period current, String step, java.util.function.Supplier<Period.Change> transition) {
        try {
            return transition.get();
        } catch (Period.StepRefused refused) {
            throw problems.stepRefused(current, step);
        }
    }

    private static String reasonOrThrow(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ApiException.badRequest(FieldProblem.of("reason", "Cần ghi rõ lý do", "A reason is required"));
        }
        if (why.length() > MAX_REASON) {
            throw ApiException.badRequest(FieldProblem.of("reason", "Lý do dài tối đa " + MAX_REASON + " ký tự",
                    "The reason is at most " + MAX_REASON + " characters long"));
        }
        return why;
    }

    private Recorder.Change<Period> change(Period.Change change) {
        return new Recorder.Change<>(change.period(), PendingEvent.of(EventContract.PERIOD_CHANGED, change.event(), source));
    }

    PeriodProblems problems() {
        return problems;
    }
}
