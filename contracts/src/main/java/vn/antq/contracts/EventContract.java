package vn.antq.contracts;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

/** Every event type with the topic it travels on, the record its body reads into, and its JSON Schema. */
public enum EventContract {
    ACTIVITY_RECORDED(EventTypes.ACTIVITY_RECORDED, Topics.ACTIVITY, ActivityEvent.class),
    ACTIVITY_REVISED(EventTypes.ACTIVITY_REVISED, Topics.ACTIVITY, ActivityEvent.class),
    ACTIVITY_CANCELLED(EventTypes.ACTIVITY_CANCELLED, Topics.ACTIVITY, ActivityEvent.class),
    MODEL_REGISTERED(EventTypes.MODEL_REGISTERED, Topics.MODEL, ModelEvent.class),
    MODEL_CHANGED(EventTypes.MODEL_CHANGED, Topics.MODEL, ModelEvent.class),
    MODEL_REPORTED(EventTypes.MODEL_REPORTED, Topics.MODEL, ModelReportEvent.class),
    REVIEW_HELD(EventTypes.REVIEW_HELD, Topics.AWARD, ReviewEvent.class),
    AWARD_CHANGED(EventTypes.AWARD_CHANGED, Topics.AWARD, AwardEvent.class),
    PERIOD_CHANGED(EventTypes.PERIOD_CHANGED, Topics.PERIOD, PeriodEvent.class),
    OUTCOME_RECORDED(EventTypes.OUTCOME_RECORDED, Topics.OUTCOME, OutcomeEvent.class),
    TRAINING_RECORDED(EventTypes.TRAINING_RECORDED, Topics.TRAINING, TrainingEvent.class),
    MATERIAL_CHANGED(EventTypes.MATERIAL_CHANGED, Topics.MATERIAL, MaterialEvent.class),
    MATERIAL_DISTRIBUTED(EventTypes.MATERIAL_DISTRIBUTED, Topics.MATERIAL, DistributionEvent.class),
    USER_CHANGED(EventTypes.USER_CHANGED, Topics.USER, UserEvent.class);

    /** Classpath folder of the schemas; each is named after its type. */
    public static final String SCHEMA_FOLDER = "schemas/";

    private final String type;
    private final String topic;
    private final Class<? extends EventBody> bodyClass;

    EventContract(String type, String topic, Class<? extends EventBody> bodyClass) {
        this.type = type;
        this.topic = topic;
        this.bodyClass = bodyClass;
    }

    /** The {@code ce_type}. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventBody> bodyClass() {
        return bodyClass;
    }

    /** Classpath resource of the JSON Schema, e.g. {@code schemas/vn.antq.activity.recorded.v1.json}. */
    public String schemaPath() {
        return SCHEMA_FOLDER + type + ".json";
    }

    /**
     * The {@code $id} of the JSON Schema, e.g. {@code https://antq.vn/schemas/vn.antq.activity.recorded.v1.json}: the
     * {@code ce_dataschema} of every event of this type.
     */
    public String schemaId() {
        return ContractSchemas.ID_PREFIX + type + ".json";
    }

    public static Optional<EventContract> of(String ceType) {
        return Arrays.stream(values()).filter(contract -> contract.type.equals(ceType)).findFirst();
    }

    /** All {@code ce_type}s, in declaration order. */
    public static List<String> types() {
        return Arrays.stream(values()).map(EventContract::type).toList();
    }

    public static List<EventContract> onTopic(String topic) {
        return Arrays.stream(values()).filter(contract -> contract.topic.equals(topic)).toList();
    }
}
