package vn.antq.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mockito.Mockito;
import org.testcontainers.DockerClientFactory;

class TestInfrastructureTest {

    private final String before = System.getProperty(TestInfrastructure.SWITCH);

    @AfterEach
    void restore() {
        set(TestInfrastructure.SWITCH, before);
        set(TestInfrastructure.MONGO_URI, null);
        set(TestInfrastructure.KAFKA_BOOTSTRAP, null);
    }

    @Test
    void externalServersAreUsedAsNamedAndWithoutThemTheTestsAreSkippedSayingWhy() {
        set(TestInfrastructure.SWITCH, "external");
        assertThat(evaluate(Plain.class).isDisabled()).isTrue();
        assertThat(evaluate(Plain.class).getReason()).get().asString()
                .contains(TestInfrastructure.MONGO_URI, TestInfrastructure.KAFKA_BOOTSTRAP);

        set(TestInfrastructure.MONGO_URI, "mongodb://db.example:27017");
        set(TestInfrastructure.KAFKA_BOOTSTRAP, "kafka.example:9092");

        assertThat(evaluate(Plain.class).isDisabled()).isFalse();
        assertThat(TestInfrastructure.mongoConnectionString()).isEqualTo("mongodb://db.example:27017");
        assertThat(TestInfrastructure.kafkaBootstrapServers()).isEqualTo("kafka.example:9092");
        // A test that stops the in-process broker cannot stop someone else's.
        assertThat(evaluate(StopsTheBroker.class).isDisabled()).isTrue();
        assertThat(evaluate(StopsTheBroker.class).getReason()).get().asString().contains("in-process");
    }

    @Test
    void containersRunWhereDockerAnswersAndAreSkippedVisiblyWhereItDoesNot() {
        set(TestInfrastructure.SWITCH, "containers");

        ConditionEvaluationResult result = evaluate(Plain.class);

        assertThat(result.isDisabled()).isEqualTo(!DockerClientFactory.instance().isDockerAvailable());
        if (result.isDisabled()) {
            assertThat(result.getReason()).get().asString().contains("no Docker engine");
        }
    }

    @Test
    void theDefaultIsTheInProcessInfrastructureAndAnUnknownChoiceIsRefused() {
        set(TestInfrastructure.SWITCH, null);
        Supplier<TestInfrastructure.Kind> kind = TestInfrastructure::kind;
        if (System.getenv("ANTQ_TEST_INFRASTRUCTURE") == null) {
            assertThat(kind.get()).isEqualTo(TestInfrastructure.Kind.EMBEDDED);
            assertThat(evaluate(StopsTheBroker.class).isDisabled()).isFalse();
        }

        set(TestInfrastructure.SWITCH, "docker");

        assertThatThrownBy(kind::get).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded, containers or external");
    }

    private static ConditionEvaluationResult evaluate(Class<?> testClass) {
        ExtensionContext context = Mockito.mock(ExtensionContext.class);
        Mockito.when(context.getElement()).thenReturn(Optional.<AnnotatedElement>of(testClass));
        return new TestInfrastructureCondition().evaluateExecutionCondition(context);
    }

    private static void set(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    static class Plain {
    }

    @NeedsInProcessInfrastructure
    static class StopsTheBroker {
    }
}
