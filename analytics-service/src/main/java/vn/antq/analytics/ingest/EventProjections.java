package vn.antq.analytics.ingest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.antq.analytics.awardcounts.AwardCells;
import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.materials.MaterialCells;
import vn.antq.analytics.modelhealth.ModelCells;
import vn.antq.analytics.outcomes.OutcomeCells;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.projection.Change;
import vn.antq.analytics.projection.Contribution;
import vn.antq.analytics.reporting.PeriodCells;
import vn.antq.analytics.reviewcadence.ReviewCells;
import vn.antq.analytics.trainings.TrainingCells;
import vn.antq.analytics.usercounts.UserCells;
import vn.antq.contracts.EventBody;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.material.DistributionEvent;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.outcome.OutcomeEvent;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.review.ReviewEvent;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.contracts.user.UserEvent;

/**
 * Which projections each event type feeds, and under which aggregate kind its ledger entry is kept. The kind
 * matters for model reports: their key on Kafka is the model id, but each report is its own aggregate with its
 * own versions.
 */
@Component
public class EventProjections {

    public static final String ACTIVITY = "activity";
    public static final String MODEL = "model";
    public static final String REPORT = "report";
    public static final String REVIEW = "review";
    public static final String AWARD = "award";
    public static final String USER = "user";
    public static final String PERIOD = "period";
    public static final String OUTCOME = "outcome";
    public static final String TRAINING = "training";
    public static final String MATERIAL = "material";
    public static final String DISTRIBUTION = "distribution";

    private final Places places;

    public EventProjections(Places places) {
        this.places = places;
    }

    public Change changeOf(EventContract contract, EventBody body) {
        return switch (contract) {
            case ACTIVITY_RECORDED, ACTIVITY_REVISED, ACTIVITY_CANCELLED -> activity((ActivityEvent) body);
            case MODEL_REGISTERED, MODEL_CHANGED -> {
                ModelEvent model = (ModelEvent) body;
                yield change(MODEL, model, ModelCells.of(model, places.ofModel(model.locality(), model.establishedOn())));
            }
            case MODEL_REPORTED -> {
                // A report's locality is the model's during the period: in the structure in force at its end.
                ModelReportEvent report = (ModelReportEvent) body;
                yield change(REPORT, report, ModelCells.ofReport(report, places.of(report.locality(), report.periodEnd())));
            }
            case REVIEW_HELD -> {
                ReviewEvent review = (ReviewEvent) body;
                yield change(REVIEW, review, ReviewCells.of(review, places.of(review.locality(), review.heldOn())));
            }
            case AWARD_CHANGED -> {
                AwardEvent award = (AwardEvent) body;
                yield change(AWARD, award, AwardCells.of(award, places.of(award.locality(), AwardCells.dated(award))));
            }
            case PERIOD_CHANGED -> {
                // A unit's report is placed in the structure in force at its period's end.
                PeriodEvent report = (PeriodEvent) body;
                yield change(PERIOD, report, PeriodCells.of(report, places.of(report.locality(), report.periodEnd())));
            }
            case OUTCOME_RECORDED -> {
                // A commune's figures are placed in the structure in force in their month.
                OutcomeEvent outcome = (OutcomeEvent) body;
                yield change(OUTCOME, outcome, OutcomeCells.of(outcome,
                        places.of(outcome.locality(), YearMonth.parse(outcome.month()).atEndOfMonth())));
            }
            case TRAINING_RECORDED -> {
                // Each attendee unit is placed in the structure in force when the session began.
                TrainingEvent training = (TrainingEvent) body;
                yield change(TRAINING, training, TrainingCells.of(training,
                        unit -> places.of(unit, training.startDate())));
            }
            case MATERIAL_CHANGED -> {
                MaterialEvent material = (MaterialEvent) body;
                yield change(MATERIAL, material, MaterialCells.of(material));
            }
            case MATERIAL_DISTRIBUTED -> {
                // A unit is placed in the structure in force on the day it received the material.
                DistributionEvent distribution = (DistributionEvent) body;
                yield change(DISTRIBUTION, distribution, MaterialCells.ofDistribution(distribution,
                        places.of(distribution.unit(), distribution.receivedOn())));
            }
            case USER_CHANGED -> {
                UserEvent user = (UserEvent) body;
                yield change(USER, user, UserCells.of(user, user.locality() == null ? null
                        : places.ofUnit(user.locality().code(), user.locality().structure().name())));
            }
        };
    }

    private Change activity(ActivityEvent activity) {
        Place place = places.of(activity.locality(), activity.startDate());
        List<Contribution> contributions = new ArrayList<>(ParticipationCells.of(activity, place));
        contributions.addAll(CoordinationCells.of(activity, place));
        contributions.addAll(MaterialCells.ofActivity(activity, place));
        return change(ACTIVITY, activity, contributions);
    }

    private static Change change(String kind, EventBody body, List<Contribution> contributions) {
        return new Change(Change.ledgerId(kind, body.id()), body.version(), contributions, body.occurredAt());
    }
}
