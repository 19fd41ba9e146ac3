package vn.antq.contracts;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.antq.contracts.award.AwardEvent;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.model.ModelEvent;
import vn.antq.contracts.model.ModelReportEvent;
import vn.antq.contracts.period.PeriodEvent;
import vn.antq.contracts.user.UserEvent;

/** Which body fields may be null; every other field is required. Written down once for the tests. */
final class NullableFields {

    private static final Map<Class<?>, Set<String>> NULLABLE = Map.of(
            ModelEvent.class, Set.of("village"),
            ModelReportEvent.class, Set.of("notes"),
            AwardEvent.class, Set.of("issuer", "decisionNo", "decidedOn", "reviewId", "reason"),
            UserEvent.class, Set.of("locality"),
            PeriodEvent.class, Set.of("reason", "decidedBy", "decidedAt"),
            // Added to v1 later, so optional in the schema; the record reads an absent list as empty.
            ActivityEvent.class, Set.of("materials"),
            MaterialEvent.class, Set.of("file", "link"));

    private NullableFields() {
    }

    static Set<String> of(Class<?> bodyClass) {
        return NULLABLE.getOrDefault(bodyClass, Set.of());
    }

    static List<String> fields(Class<?> bodyClass) {
        return Arrays.stream(bodyClass.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    static List<String> required(Class<?> bodyClass) {
        return fields(bodyClass).stream().filter(field -> !of(bodyClass).contains(field)).toList();
    }
}
