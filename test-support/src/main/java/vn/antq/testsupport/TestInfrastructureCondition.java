package vn.antq.testsupport;

import java.util.Locale;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why, when the infrastructure {@link TestInfrastructure} was switched to cannot be had
 * here (containers without Docker, external servers not named), and, for a class marked
 * {@link NeedsInProcessInfrastructure}, whenever the switch is not {@code embedded}.
 */
public class TestInfrastructureCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean inProcessOnly = context.getElement()
                .map(element -> element.isAnnotationPresent(NeedsInProcessInfrastructure.class)).orElse(false);
        if (inProcessOnly && TestInfrastructure.kind() != TestInfrastructure.Kind.EMBEDDED) {
            return ConditionEvaluationResult.disabled(TestInfrastructure.SWITCH + "=" + TestInfrastructure.kind()
                    .name().toLowerCase(Locale.ROOT) + ": this test stops and restarts the in-process broker "
                    + "or server, which only the embedded infrastructure lets it do");
        }
        return TestInfrastructure.unavailable().map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("test infrastructure: "
                        + TestInfrastructure.kind().name().toLowerCase(Locale.ROOT)));
    }
}
