package vn.antq.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.antq.analytics.AnalyticsServiceApplication;
import vn.antq.awards.AwardServiceApplication;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.activities.EventServiceApplication;
import vn.antq.infra.Directories;
import vn.antq.infra.InProcessKafka;
import vn.antq.infra.InProcessMongo;
import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.Role;
import vn.antq.models.ModelServiceApplication;
import vn.antq.stack.demo.DemoLoad;

/**
 * The whole platform on one machine: a real Kafka broker and a MongoDB-wire server in this JVM,
 * with their data under {@code ./.antq-data/}, and the four services, each in its own Spring
 * application context, configured as in production except for the addresses (and the JWT secret,
 * which production replaces by an identity provider's JWK set).
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final LocalStackOptions options;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private InProcessKafka kafka;
    private InProcessMongo mongo;
    private RunMarker marker;
    /** The last run was killed and analytics has not been rebuilt since: the marker must stay for the next start. */
    private boolean rebuildOwed;
    private StackUrls urls;

    public LocalStack(LocalStackOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        if (LocalStackOptions.wantsHelp(args)) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(LocalStackOptions.USAGE);
            System.exit(2);
            return;
        }
        LocalStack stack = new LocalStack(options);
        // One hook closes everything in order; the services register none of their own (see startService).
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
        try {
            stack.start();
            System.out.println(stack.welcome());
            if (options.demo()) {
                System.out.println(DemoLoad.into(stack.urls(), jwtSecret()).describe());
            }
        } catch (RuntimeException e) {
            log.error("The local stack stops: {}", e.getMessage(), e);
            System.exit(1);
        }
    }

    public synchronized void start() {
        long started = System.nanoTime();
        Path dataDir = options.dataDir();
        if (options.clean()) {
            log.info("Starting clean: deleting {}", dataDir.toAbsolutePath());
            Directories.deleteRecursively(dataDir);
        }
        kafka = InProcessKafka.start(dataDir.resolve("kafka"), options.kafkaPort());
        mongo = InProcessMongo.start(dataDir.resolve("mongo"), options.mongoPort());
        // Both hold their data directory's lock now: no other stack runs on it, so a marker found is a dead one's.
        marker = new RunMarker(dataDir);
        rebuildOwed = marker.leftBehind();
        marker.place();
        int events = startService(EventServiceApplication.application(), options.eventServicePort());
        int models = startService(ModelServiceApplication.application(), options.modelServicePort());
        int awards = startService(AwardServiceApplication.application(), options.awardServicePort());
        int analytics = startService(AnalyticsServiceApplication.application(), options.analyticsServicePort());
        urls = StackUrls.localhost(events, models, awards, analytics);
        if (rebuildOwed) {
            log.warn("The last run on {} did not stop cleanly ({} was left behind): analytics rebuilds its projections "
                    + "from Kafka, so that nothing it applied just before is missing", dataDir.toAbsolutePath(),
                    RunMarker.FILE);
            AnalyticsRebuild.run(new ServiceClient(urls.analytics()), adminToken(), Duration.ofMinutes(10));
            rebuildOwed = false;
        }
        log.info("Local stack started in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
    }

    /**
     * Starts one service with the stack's addresses as command-line arguments: they outrank the service's
     * own configuration file, exactly as the environment variables of a production deployment do.
     *
     * @return the port it listens on
     */
    private int startService(SpringApplicationBuilder application, int port) {
        ConfigurableApplicationContext context = application
                .registerShutdownHook(false)
                .run("--server.port=" + port,
                        "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                        "--spring.mongodb.uri=" + mongo.connectionString(),
                        "--antq.security.jwt-secret=" + jwtSecret(),
                        // Logback is one per JVM: a service name in its pattern would name the last service started.
                        "--logging.include-application-name=false",
                        "--spring.main.banner-mode=off");
        services.add(context);
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** ANTQ_JWT_SECRET if set, else the documented local development secret. */
    public static String jwtSecret() {
        String secret = System.getenv("ANTQ_JWT_SECRET");
        return secret == null || secret.isBlank() ? JwtIssuer.LOCAL_DEVELOPMENT_SECRET : secret;
    }

    public StackUrls urls() {
        return urls;
    }

    /** The URLs, Swagger UI links and a ready token for each agency, OPS and ADMIN. */
    String welcome() {
        StringBuilder text = new StringBuilder()
                .append("\n================ ANTQ platform is running ================\n")
                .append("Kafka:   ").append(kafka.bootstrapServers()).append('\n')
                .append("MongoDB: ").append(mongo.connectionString()).append('\n')
                .append("Data:    ").append(options.dataDir().toAbsolutePath()).append('\n');
        service(text, "event-service", urls.events().toString());
        service(text, "model-service", urls.models().toString());
        service(text, "award-service", urls.awards().toString());
        service(text, "analytics-service", urls.analytics().toString());
        text.append("Dashboard (bảng điều khiển): ").append(urls.analytics()).append("/  (sign in with the OPS token)\n");
        text.append("\nTokens for trying the API (valid 12 hours; Authorization: Bearer <token>):\n");
        JwtIssuer issuer = new JwtIssuer(jwtSecret());
        Duration ttl = Duration.ofHours(12);
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            String code = agency.code();
            text.append(String.format("%-12s (RECORDER, APPROVER) %s%n", code, issuer.issue(
                    code.toLowerCase(Locale.ROOT) + "-recorder", code, List.of(Role.RECORDER, Role.APPROVER), null, ttl)));
        }
        text.append(String.format("%-12s (OPS)                %s%n", "OPS",
                issuer.issue("ops", "OPS", List.of(Role.OPS), null, ttl)));
        text.append(String.format("%-12s (OPS, ADMIN)         %s%n", "ADMIN",
                issuer.issue("admin", "OPS", List.of(Role.OPS, Role.ADMIN), null, ttl)));
        text.append("Ctrl-C stops everything; data is kept for the next start (--clean starts afresh).\n");
        return text.toString();
    }

    private static void service(StringBuilder text, String name, String url) {
        text.append(String.format("%-18s %s  (Swagger UI: %s/swagger-ui.html)%n", name, url, url));
    }

    /**
     * Stops the services first (so their outboxes stop publishing), then Kafka, then MongoDB (which writes its
     * file), and removes the run marker: this was a clean stop.
     */
    @Override
    public synchronized void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (RuntimeException e) {
                log.warn("A service did not close cleanly: {}", e.getMessage());
            }
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
        }
        if (marker != null && !rebuildOwed) {
            marker.remove();
        }
        marker = null;
    }

    private static String adminToken() {
        return new JwtIssuer(jwtSecret()).issue("local-stack", "OPS", List.of(Role.OPS, Role.ADMIN), null,
                Duration.ofHours(1));
    }
}
