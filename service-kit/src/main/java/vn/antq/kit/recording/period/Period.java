package vn.antq.kit.recording.period;

import java.time.Instant;
import java.util.Objects;

import vn.antq.contracts.model.ReportPeriod;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.period.PeriodState;
import vn.antq.contracts.period.PeriodStep;

/**
 * A unit's report of one period and where it stands. OPEN until a recorder of the unit submits it; SUBMITTED and
 * APPROVED lock the period's records; an approver of the level above approves it, or returns it with a reason
 * (RETURNED: open again for corrections); an approver above unlocks an approved period with a reason (OPEN again).
 * Who may take each step is {@link PeriodCommands}'s; the order of the steps is this class's.
 *
 * @param version 0 while nothing has been submitted (the period exists only as its lock)
 */
public record Period(PeriodKey key, long version, PeriodState state, String reason, String submittedBy,
                     Instant submittedAt, Instant firstSubmittedAt, String decidedBy, Instant decidedAt, long records) {

    public Period {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(state, "state");
    }

    /** A period nobody has submitted yet. */
    public static Period open(PeriodKey key) {
        return new Period(key, 0, PeriodState.OPEN, null, null, null, null, null, null, 0);
    }

    public String id() {
        return key.id();
    }

    public ReportPeriod reportPeriod() {
        return key.period();
    }

    /** The new state and the event that says so. */
    public record Change(Period period, PeriodEvent event) {
    }

    /** A step ({@code submit}, {@code approve}, {@code return}, {@code unlock}) the period's state does not allow. */
    public static final class StepRefused extends RuntimeException {

        private final String step;

        StepRefused(String step) {
            super(step);
            this.step = step;
        }

        public String step() {
            return step;
        }
    }

    public Change submit(String actor, Instant at, long recordsNow) {
        if (state != PeriodState.OPEN && state != PeriodState.RETURNED) {
            throw new StepRefused("submit");
        }
        Instant first = firstSubmittedAt == null ? at : firstSubmittedAt;
        return step(new Period(key, version + 1, PeriodState.SUBMITTED, null, actor, at, first, decidedBy, decidedAt,
                recordsNow), PeriodStep.SUBMITTED, actor, at);
    }

    public Change approve(String actor, Instant at) {
        requireSubmitted("approve");
        return step(decided(PeriodState.APPROVED, null, actor, at), PeriodStep.APPROVED, actor, at);
    }

    public Change sendBack(String actor, Instant at, String why) {
        requireSubmitted("return");
        return step(decided(PeriodState.RETURNED, why, actor, at), PeriodStep.RETURNED, actor, at);
    }

    public Change unlock(String actor, Instant at, String why) {
        if (state != PeriodState.APPROVED) {
            throw new StepRefused("unlock");
        }
        return step(decided(PeriodState.OPEN, why, actor, at), PeriodStep.UNLOCKED, actor, at);
    }

    private void requireSubmitted(String step) {
        if (state != PeriodState.SUBMITTED) {
            throw new StepRefused(step);
        }
    }

    private Period decided(PeriodState next, String why, String actor, Instant at) {
        return new Period(key, version + 1, next, why, submittedBy, submittedAt, firstSubmittedAt, actor, at, records);
    }

    private static Change step(Period next, PeriodStep step, String actor, Instant at) {
        PeriodKey k = next.key();
        ReportPeriod p = k.period();
        return new Change(next, new PeriodEvent(k.id(), next.version(), actor, at, k.dataSet(), k.agency(), k.level(),
                k.unit(), p.code(), p.start(), p.end(), next.state(), step, next.reason(), next.submittedBy(),
                next.submittedAt(), next.firstSubmittedAt(), next.decidedBy(), next.decidedAt(), next.records()));
    }
}
