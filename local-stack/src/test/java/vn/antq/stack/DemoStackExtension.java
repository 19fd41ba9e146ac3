package vn.antq.stack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method or lifecycle method a {@link DemoStack} parameter: the one of this test JVM, started with the
 * demo on first use (only a test that asks for it pays the minutes) and closed when all tests have run.
 */
final class DemoStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DemoStack.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DemoStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root context's store lives as long as the test run and closes what it holds (AutoCloseable) at the end.
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(DemoStack.class, key -> DemoStack.started(),
                DemoStack.class);
    }
}
