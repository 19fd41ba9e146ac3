package vn.antq.kit.store;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * How long a request waits for MongoDB before it fails. The driver's default is 30 s to find a server: while the
 * database is away, every write would hold a request thread for 30 s before its 503, and a busy service would run
 * out of threads (health checks included). The kit waits {@code antq.mongodb.server-selection-timeout} (5 s) instead,
 * so that a write during an outage is a prompt 503 with Retry-After.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class)
public class MongoTimeoutConfiguration {

    @Bean
    ServerSelectionTimeout antqMongoServerSelectionTimeout(
            @Value("${antq.mongodb.server-selection-timeout:5s}") Duration timeout) {
        return new ServerSelectionTimeout(timeout);
    }

    /**
     * Runs before Boot's own customizer (order 0), which applies the connection string: a
     * {@code serverSelectionTimeoutMS} in {@code spring.mongodb.uri} still wins.
     */
    record ServerSelectionTimeout(Duration timeout) implements MongoClientSettingsBuilderCustomizer, Ordered {

        @Override
        public void customize(MongoClientSettings.Builder settings) {
            settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
