package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.model.ModelReportEvent;

class EventContractTest {

    @Test
    void everyEventTypeConstantHasExactlyOneContract() {
        assertThat(EventContract.types()).containsExactlyInAnyOrderElementsOf(constantsOf(EventTypes.class));
    }

    @Test
    void everyTopicCarriesSomeEventType() {
        for (String topic : constantsOf(Topics.class)) {
            assertThat(EventContract.onTopic(topic)).as(topic).isNotEmpty();
        }
        assertThat(EventContract.onTopic(Topics.ACTIVITY)).extracting(EventContract::bodyClass).containsOnly(ActivityEvent.class);
    }

    @Test
    void theListOfAllTopicsHasEveryTopicOnce() {
        assertThat(Topics.ALL).containsExactlyInAnyOrderElementsOf(constantsOf(Topics.class));
    }

    @Test
    void typesAreVersionedAndTopicsNamespaced() {
        assertThat(constantsOf(EventTypes.class)).allMatch(type -> type.startsWith("vn.antq.") && type.endsWith(".v1"));
        assertThat(constantsOf(Topics.class)).allMatch(topic -> topic.startsWith("antq.") && topic.endsWith(".v1"));
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void eachContractHasItsSchemaOnTheClasspathAndIsFoundByType(EventContract contract) {
        assertThat(getClass().getClassLoader().getResource(contract.schemaPath())).as(contract.schemaPath()).isNotNull();
        assertThat(EventContract.of(contract.type())).contains(contract);
    }

    @Test
    void anUnknownTypeHasNoContract() {
        assertThat(EventContract.of("vn.antq.activity.recorded.v2")).isEmpty();
        assertThat(EventContract.of(null)).isEmpty();
    }

    @Test
    void theDeadLetterTopicIsTheTopicWithDltSuffix() {
        assertThat(Topics.dlt(Topics.ACTIVITY)).isEqualTo("antq.activity.v1.dlt");
    }

    @Test
    void reportsAreKeyedByTheirModelSoTheyStayInOrderWithIt() {
        ModelReportEvent report = Samples.report();

        assertThat(report.kafkaKey()).isEqualTo("model-1").isNotEqualTo(report.id());
        assertThat(Samples.model(1).kafkaKey()).isEqualTo("model-1");
    }

    /** The values of a constants class's public static String fields. */
    static List<String> constantsOf(Class<?> constants) {
        return Arrays.stream(constants.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(EventContractTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
