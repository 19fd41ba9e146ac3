package vn.antq.analytics.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.mongodb.MongoSocketException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Lets a test make the projections' MongoDB fail like a dropped connection: the next N bulk writes throw a
 * {@link MongoSocketException}. Off unless a test asks; part of the one shared test context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Faults {

    private static final AtomicInteger TO_FAIL = new AtomicInteger();
    private static final AtomicInteger FAILED = new AtomicInteger();

    /** The next {@code count} bulk writes of the projections fail. */
    public static void failNextBulkWrites(int count) {
        FAILED.set(0);
        TO_FAIL.set(count);
    }

    /** How many bulk writes failed since {@link #failNextBulkWrites}. */
    public static int failed() {
        return FAILED.get();
    }

    @Bean
    static BeanPostProcessor faultyAnalyticsDatabase() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof MongoDatabase database && name.equals("analyticsDatabase")
                        ? proxy(MongoDatabase.class, database, Faults::collectionsOf) : bean;
            }
        };
    }

    private static Object collectionsOf(Object database, Method method, Object[] args) throws Throwable {
        Object result = invoke(database, method, args);
        return result instanceof MongoCollection<?> collection
                ? proxy(MongoCollection.class, collection, Faults::failingBulkWrites) : result;
    }

    private static Object failingBulkWrites(Object collection, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("bulkWrite") && TO_FAIL.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            FAILED.incrementAndGet();
            throw new MongoSocketException("injected: connection reset", new ServerAddress());
        }
        return invoke(collection, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
