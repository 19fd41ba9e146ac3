package vn.antq.contracts;

/**
 * The CloudEvents {@code ce_type} of every event. A change that breaks a field gets a new type
 * ending in {@code .v2}; a published {@code .v1} is never edited.
 */
public final class EventTypes {

    public static final String ACTIVITY_RECORDED = "vn.antq.activity.recorded.v1";
    public static final String ACTIVITY_REVISED = "vn.antq.activity.revised.v1";
    public static final String ACTIVITY_CANCELLED = "vn.antq.activity.cancelled.v1";

    public static final String MODEL_REGISTERED = "vn.antq.model.registered.v1";
    public static final String MODEL_CHANGED = "vn.antq.model.changed.v1";
    public static final String MODEL_REPORTED = "vn.antq.model.reported.v1";

    public static final String REVIEW_HELD = "vn.antq.review.held.v1";
    public static final String AWARD_CHANGED = "vn.antq.award.changed.v1";

    public static final String PERIOD_CHANGED = "vn.antq.period.changed.v1";

    public static final String OUTCOME_RECORDED = "vn.antq.outcome.recorded.v1";

    public static final String TRAINING_RECORDED = "vn.antq.training.recorded.v1";

    public static final String MATERIAL_CHANGED = "vn.antq.material.changed.v1";
    public static final String MATERIAL_DISTRIBUTED = "vn.antq.material.distributed.v1";

    public static final String USER_CHANGED = "vn.antq.user.changed.v1";

    private EventTypes() {
    }
}
