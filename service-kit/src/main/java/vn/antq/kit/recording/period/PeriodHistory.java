package vn.antq.kit.recording.period;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.period.PeriodState;
import vn.antq.contracts.period.PeriodStep;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The steps units' reports took before the platform, from the paper registers (sổ theo dõi báo cáo): who submitted a
 * period and when, who returned or approved it and when. An ADMIN records them, so that the reporting and on-time
 * rates of the years on paper are measured like those on the platform. Each step is checked as a step on the
 * platform is (the order of the states, a reason to return or unlock, the two-person rule, a period submitted from its
 * last day on) and becomes the same event, dated when it happened.
 * <p>
 * Only a period nobody has submitted on the platform takes a history: one that has steps already is answered
 * {@code ALREADY_RECORDED} and left as it is, so recording the same register twice changes nothing. The periods are
 * frozen as a submission freezes one ({@link PeriodLocks}): a write in flight finishes first and is counted, a later
 * one is refused.
 */
public final class PeriodHistory {

    /** At most this many periods in one request. */
    public static final int MAX_ENTRIES = 1000;
    private static final int MAX_NAME = 100;
    private static final int MAX_REASON = 500;
    private static final Duration DRAIN_PAUSE = Duration.ofMillis(20);

    /** One step as the register has it: {@code by} is the person's name or account. */
    public record Step(@NotNull PeriodStep step, @NotNull Instant at, @NotBlank @Size(max = MAX_NAME) String by,
                       @Size(max = MAX_REASON) String reason) {
    }

    /** A unit's period and its steps, oldest first. */
    public record Entry(@NotBlank String agency, @NotBlank String unit, @NotBlank String period,
                        @NotEmpty @Size(max = 20) List<@Valid @NotNull Step> steps) {
    }

    /** The body of {@code POST /api/v1/periods/history}. */
    public record Form(@NotEmpty @Size(max = MAX_ENTRIES) List<@Valid @NotNull Entry> entries) {
    }

    /** What became of an entry: RECORDED, or ALREADY_RECORDED when the period had steps on the platform already. */
    public record Outcome(String id, String result, PeriodState state, long records) {
    }

    private final PeriodCommands commands;
    private final PeriodStore store;
    private final RecordCounts counts;
    private final OutboxRelay relay;
    private final ReportingProperties properties;
    private final String source;
    private final Clock clock;

    PeriodHistory(PeriodCommands commands, PeriodStore store, RecordCounts counts, OutboxRelay relay,
                  ReportingProperties properties, String source, Clock clock) {
        this.commands = commands;
        this.store = store;
        this.counts = counts;
        this.relay = relay;
        this.properties = properties;
        this.source = source;
        this.clock = clock;
    }

    /** Records the entries' histories, or 400 naming every field that is wrong (and nothing is recorded). */
    public List<Outcome> record(AntqUser user, Form form) {
        AccessRules.requireRole(user, Role.ADMIN);
        Instant now = clock.instant();
        List<PeriodKey> keys = new ArrayList<>();
        List<FieldProblem> wrong = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.entries().size(); i++) {
            Entry entry = form.entries().get(i);
            String prefix = "entries[" + i + "].";
            PeriodKey key = null;
            try {
                key = commands.named(entry.agency(), entry.unit(), entry.period()).key();
            } catch (ApiException e) {
                e.fieldProblems().forEach(p -> wrong.add(new FieldProblem(prefix + p.field(), p.message())));
            }
            if (key != null && !seen.add(key.id())) {
                wrong.add(FieldProblem.of(prefix + "period", "Kỳ báo cáo này của đơn vị đã có ở một mục trước",
                        "an earlier entry has this unit's period already"));
            }
            if (key != null) {
                wrong.addAll(checkSteps(key, entry.steps(), prefix, now));
            }
            keys.add(key);
        }
        if (!wrong.isEmpty()) {
            throw ApiException.badRequest(wrong);
        }
        return apply(form.entries(), keys, now);
    }

    /** The steps' problems: in time, in an order the states allow, with the reasons and persons they need. */
    private List<FieldProblem> checkSteps(PeriodKey key, List<Step> steps, String prefix, Instant now) {
        List<FieldProblem> wrong = new ArrayList<>();
        try {
            replay(key, steps, 0);
        } catch (StepProblem problem) {
            wrong.add(problem.problem(prefix));
        }
        Instant before = null;
        for (int j = 0; j < steps.size(); j++) {
            Step step = steps.get(j);
            String field = prefix + "steps[" + j + "].at";
            if (step.at().isAfter(now)) {
                wrong.add(FieldProblem.of(field, "Thời điểm này chưa đến", "this moment has not come yet"));
            } else if (before != null && step.at().isBefore(before)) {
                wrong.add(FieldProblem.of(field, "Các bước phải theo thứ tự thời gian", "the steps must be in time order"));
            } else if (j == 0 && LocalDate.ofInstant(step.at(), VietnamTime.ZONE).isBefore(key.period().end())) {
                wrong.add(FieldProblem.of(field,
                        "Kỳ " + PeriodProblems.periodVi(key.period()) + " chỉ gửi được từ ngày cuối kỳ",
                        "the period " + PeriodProblems.periodEn(key.period()) + " is submitted from its last day on"));
            }
            before = step.at();
        }
        return wrong;
    }

    /** A step of an entry the platform would not have taken. */
    private static final class StepProblem extends RuntimeException {

        private final int index;
        private final String field;
        private final String vi;
        private final String en;

        StepProblem(int index, String field, String vi, String en) {
            super(en, null, false, false);
            this.index = index;
            this.field = field;
            this.vi = vi;
            this.en = en;
        }

        FieldProblem problem(String prefix) {
            return FieldProblem.of(prefix + "steps[" + index + "]." + field, vi, en);
        }
    }

    /** The period after its steps, with their events; {@link StepProblem} at the first step it would refuse. */
    private Replayed replay(PeriodKey key, List<Step> steps, long records) {
        Period period = Period.open(key);
        List<PendingEvent> events = new ArrayList<>();
        for (int j = 0; j < steps.size(); j++) {
            Step step = steps.get(j);
            String by = step.by().strip();
            String why = step.reason() == null ? "" : step.reason().strip();
            boolean decision = step.step() == PeriodStep.APPROVED || step.step() == PeriodStep.RETURNED;
            if (decision && by.equals(period.submittedBy())) {
                throw new StepProblem(j, "by", "Người gửi báo cáo không tự phê duyệt hay trả lại báo cáo của mình",
                        "whoever submitted a report does not approve or return it");
            }
            boolean needsReason = step.step() == PeriodStep.RETURNED || step.step() == PeriodStep.UNLOCKED;
            if (needsReason && why.isEmpty()) {
                throw new StepProblem(j, "reason", "Cần ghi rõ lý do", "A reason is required");
            }
            Period.Change change;
            try {
                change = switch (step.step()) {
                    case SUBMITTED -> period.submit(by, step.at(), records);
                    case APPROVED -> period.approve(by, step.at());
                    case RETURNED -> period.sendBack(by, step.at(), why);
                    case UNLOCKED -> period.unlock(by, step.at(), why);
                };
            } catch (Period.StepRefused refused) {
                throw new StepProblem(j, "step", "Bước \u201c" + step.step().label().vi() + "\u201d không theo được"
                        + " sau trạng thái \u201c" + period.state().label().vi() + "\u201d",
                        "the step '" + step.step().label().en() + "' cannot follow the state '"
                                + period.state().label().en() + "'");
            }
            period = change.period();
            events.add(PendingEvent.of(EventContract.PERIOD_CHANGED, change.event(), source));
        }
        return new Replayed(period, events);
    }

    /** A period after its history, and the events that tell it. */
    record Replayed(Period period, List<PendingEvent> events) {
    }

    private List<Outcome> apply(List<Entry> entries, List<PeriodKey> keys, Instant now) {
        store.ensureAll(keys);
        List<String> ids = keys.stream().map(PeriodKey::id).toList();
        Duration lease = properties.getWriteLease();
        Instant until = now.plus(lease.multipliedBy(2));
        Set<String> frozen = store.freezeUnsubmitted(ids, until, now);
        Map<String, Outcome> outcomes = new HashMap<>();
        try {
            while (store.anyLiveWriter(frozen, clock.instant())) {
                LockSupport.parkNanos(DRAIN_PAUSE.toNanos());
            }
            List<PeriodKey> taking = keys.stream().filter(key -> frozen.contains(key.id())).toList();
            Map<PeriodKey, Long> records = counts.countAll(taking);
            // The histories are stored within the freeze, with a lease to spare, or not at all.
            if (clock.instant().isAfter(until.minus(lease))) {
                throw ApiException.unavailable("period.history-too-slow", Duration.ofSeconds(1));
            }
            List<Replayed> histories = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                PeriodKey key = keys.get(i);
                if (frozen.contains(key.id())) {
                    histories.add(replay(key, entries.get(i).steps(), records.get(key)));
                }
            }
            store.recordHistories(histories);
            for (Replayed history : histories) {
                Period period = history.period();
                outcomes.put(period.id(), new Outcome(period.id(), "RECORDED", period.state(), period.records()));
            }
            if (!histories.isEmpty()) {
                relay.wakeUp(PeriodStore.COLLECTION, histories.stream().map(history -> history.period().id()).toList());
            }
        } finally {
            store.stopFreezingAll(frozen.stream().filter(id -> !outcomes.containsKey(id)).toList(), until);
        }
        List<Outcome> answer = new ArrayList<>();
        for (PeriodKey key : keys) {
            Outcome outcome = outcomes.get(key.id());
            if (outcome == null) {
                Period current = store.find(key.id()).orElse(Period.open(key));
                outcome = new Outcome(key.id(), "ALREADY_RECORDED", current.state(), current.records());
            }
            answer.add(outcome);
        }
        return answer;
    }
}
