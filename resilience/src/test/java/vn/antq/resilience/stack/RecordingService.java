package vn.antq.resilience.stack;

import java.net.URI;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.antq.awards.AwardServiceApplication;
import vn.antq.activities.EventServiceApplication;
import vn.antq.infra.InProcessMongo;
import vn.antq.models.ModelServiceApplication;
import vn.antq.resilience.api.Http;

/**
 * A recording service (event-, model- or award-service) in this JVM, configured by its own {@code <service>.yml}
 * as in production but for the addresses and the JWK set and issuer to verify tokens by. It is never killed by
 * the suite: its database and the broker are.
 */
public final class RecordingService implements AutoCloseable {

    /** The three recording services, their databases and the collections that carry events (their outboxes). */
    public enum Kind {
        EVENTS("event-service", "antq_events", "activities", "outcomes", "trainings", "materials", "distributions"),
        MODELS("model-service", "antq_models", "models", "model_reports"),
        AWARDS("award-service", "antq_awards", "reviews", "awards");

        private final String serviceName;
        private final String database;
        private final String[] outboxCollections;

        Kind(String serviceName, String database, String... outboxCollections) {
            this.serviceName = serviceName;
            this.database = database;
            this.outboxCollections = outboxCollections;
        }

        public String serviceName() {
            return serviceName;
        }

        public String database() {
            return database;
        }

        public String[] outboxCollections() {
            return outboxCollections.clone();
        }

        SpringApplicationBuilder application() {
            return switch (this) {
                case EVENTS -> EventServiceApplication.application();
                case MODELS -> ModelServiceApplication.application();
                case AWARDS -> AwardServiceApplication.application();
            };
        }
    }

    private final Kind kind;
    private final InProcessMongo mongo;
    private final ConfigurableApplicationContext context;
    private final Http http;

    private RecordingService(Kind kind, InProcessMongo mongo, ConfigurableApplicationContext context) {
        this.kind = kind;
        this.mongo = mongo;
        this.context = context;
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        this.http = new Http(kind.serviceName(), URI.create("http://localhost:" + port));
    }

    static RecordingService start(Kind kind, String bootstrapServers, InProcessMongo mongo, IdentityService identity) {
        ConfigurableApplicationContext context = kind.application()
                .registerShutdownHook(false)
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--spring.mongodb.uri=" + mongo.connectionString(),
                        "--antq.security.jwk-set-uri=" + identity.jwkSetUri(),
                        "--antq.security.issuer=" + identity.issuer(),
                        "--logging.include-application-name=false",
                        "--spring.main.banner-mode=off");
        return new RecordingService(kind, mongo, context);
    }

    public Kind kind() {
        return kind;
    }

    public Http http() {
        return http;
    }

    /** The service's own MongoDB-wire server: the mongo-restart scenario stops and restarts it under the service. */
    public InProcessMongo mongo() {
        return mongo;
    }

    @Override
    public void close() {
        context.close();
    }
}
