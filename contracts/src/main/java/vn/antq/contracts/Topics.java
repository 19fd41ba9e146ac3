package vn.antq.contracts;

import java.util.List;

/** The Kafka topics. Each keeps full history, so a consumer can rebuild from offset 0. */
public final class Topics {

    /** Activities, keyed by activity id. */
    public static final String ACTIVITY = "antq.activity.v1";
    /** Models and their reports, keyed by model id. */
    public static final String MODEL = "antq.model.v1";
    /** Reviews and awards, keyed by review or award id. */
    public static final String AWARD = "antq.award.v1";
    /**
     * Units' reports of a period: submitted, approved, returned, unlocked. Published by event-service (activities)
     * and model-service (models' reports), keyed by {@code dataSet:agency:unit:period}.
     */
    public static final String PERIOD = "antq.period.v1";
    /** The police's outcome figures of a commune and month (event-service), keyed by {@code commune:month}. */
    public static final String OUTCOME = "antq.outcome.v1";
    /** Digital-skills trainings of outreach staff (event-service), keyed by training id. */
    public static final String TRAINING = "antq.training.v1";
    /**
     * The materials library (event-service): materials keyed by material id, their distributions keyed by distribution
     * id.
     */
    public static final String MATERIAL = "antq.material.v1";
    /** Accounts of people (identity-service), keyed by username. */
    public static final String USER = "antq.user.v1";

    /** Every topic of the platform, in the order the answers list them. */
    public static final List<String> ALL = List.of(ACTIVITY, MODEL, AWARD, USER, PERIOD, OUTCOME, TRAINING, MATERIAL);

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** Where a consumer of {@code topic} puts messages it cannot parse or that fail their schema. */
    public static String dlt(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
