package vn.antq.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.antq.analytics.AnalyticsServiceApplication;
import vn.antq.awards.AwardServiceApplication;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.activities.EventServiceApplication;
import vn.antq.infra.Directories;
import vn.antq.infra.InProcessKafka;
import vn.antq.infra.InProcessMongo;
import vn.antq.infra.OneClassPath;
import vn.antq.identity.IdentityServiceApplication;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.admin.AccountAdministration;
import vn.antq.kit.security.Role;
import vn.antq.models.ModelServiceApplication;
import vn.antq.portal.PortalApplication;
import vn.antq.stack.demo.DemoAccounts;
import vn.antq.stack.demo.DemoLoad;

/**
 * The whole platform on one machine: a real Kafka broker and a MongoDB-wire server in this JVM,
 * with their data under {@code ./.antq-data/}, identity-service (the sign-in provider), the four services and the
 * portal, each in its own Spring application context, configured as in production except for the addresses. The
 * services verify tokens by identity-service's JWKS, as they do in production. A GreenMail mail server (SMTP and IMAP,
 * in memory) receives the review reports analytics-service delivers on schedule.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** Aggregates the services' outboxes publish per read of their pending ones. */
    private static final int OUTBOX_BATCH = 1000;
    /* One JVM, one class path: each application leaves out what only the others use (see OneClassPath). */
    private static final String IDENTITY_ALONE = OneClassPath.exclude(OneClassPath.SERVICE_KIT, OneClassPath.CLOUD_STREAM,
            OneClassPath.GATEWAY, OneClassPath.CLOUD_COMMONS);
    private static final String PORTAL_ALONE = OneClassPath.exclude(OneClassPath.SERVICE_KIT, OneClassPath.CLOUD_STREAM);
    private static final String SERVICE_ALONE = OneClassPath.exclude(OneClassPath.GATEWAY, OneClassPath.CLOUD_COMMONS);

    private final LocalStackOptions options;
    /** Every application context started, identity-service first, closed in reverse order. */
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private IdentityTokens tokens;
    private ConfigurableApplicationContext identity;
    private InProcessKafka kafka;
    private InProcessMongo mongo;
    private GreenMail mail;
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
            List<DemoAccounts.Handed> people = options.demo() ? stack.demoAccounts() : List.of();
            System.out.println(stack.welcome(people));
            if (options.demo()) {
                System.out.println(DemoLoad.into(stack.urls(), stack.tokens()).describe());
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
        // The provider must know the portal's address (where it sends people back to) before the portal can start.
        int portalPort = options.portalPort() == 0 ? freePort() : options.portalPort();
        String portal = StackUrls.local(portalPort).toString();
        int identityPort = options.identityServicePort() == 0 ? freePort() : options.identityServicePort();
        String issuer = StackUrls.local(identityPort).toString();
        identity = start(IdentityServiceApplication.application(), identityPort, IDENTITY_ALONE,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--antq.identity.issuer=" + issuer,
                "--antq.identity.portal.redirect-uris=" + portal + "/login/oauth2/code/antq",
                "--antq.identity.portal.post-logout-redirect-uris=" + portal + "/");
        tokens = new IdentityTokens(identity);
        int events = startService(EventServiceApplication.application(), options.eventServicePort(), issuer);
        int models = startService(ModelServiceApplication.application(), options.modelServicePort(), issuer);
        int awards = startService(AwardServiceApplication.application(), options.awardServicePort(), issuer);
        mail = startMail();
        int analytics = startService(AnalyticsServiceApplication.application(), options.analyticsServicePort(), issuer,
                "--spring.mail.host=" + mail.getSmtp().getBindTo(),
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--antq.analytics.delivery.from=bao-cao@antq.local",
                // A subscription made on the stack is delivered within a minute or so, not after the production 5 min.
                "--antq.analytics.delivery.initial-delay=20s",
                "--antq.analytics.delivery.interval=1m");
        start(PortalApplication.application(), portalPort, PORTAL_ALONE,
                "--spring.security.oauth2.client.provider.antq.issuer-uri=" + issuer,
                "--antq.portal.administration-url=" + issuer + "/admin",
                "--antq.portal.services.events=" + StackUrls.local(events),
                "--antq.portal.services.models=" + StackUrls.local(models),
                "--antq.portal.services.awards=" + StackUrls.local(awards),
                "--antq.portal.services.analytics=" + StackUrls.local(analytics));
        urls = StackUrls.localhost(events, models, awards, analytics, identityPort, portalPort);
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
     * Starts one of the four services, verifying tokens by identity-service's JWKS and requiring its issuer.
     *
     * @return the port it listens on
     */
    private int startService(SpringApplicationBuilder application, int port, String issuer, String... more) {
        List<String> settings = new ArrayList<>(List.of(SERVICE_ALONE,
                "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers(),
                "--antq.security.jwk-set-uri=" + issuer + "/oauth2/jwks",
                "--antq.security.issuer=" + issuer,
                // The embedded MongoDB-wire server finds the pending aggregates by reading the whole collection: a
                // larger batch per read drains a large backlog (the demo's reports of 2019-2024) in fewer reads.
                "--antq.outbox.batch-size=" + OUTBOX_BATCH));
        settings.addAll(List.of(more));
        ConfigurableApplicationContext context = start(application, port, settings.toArray(String[]::new));
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /**
     * Starts one application with the stack's addresses as command-line arguments: they outrank its own
     * configuration file, exactly as the environment variables of a production deployment do. Each keeps its own
     * database on the one MongoDB-wire server.
     */
    private ConfigurableApplicationContext start(SpringApplicationBuilder application, int port, String... settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--spring.mongodb.uri=" + mongo.connectionString(),
                // Logback is one per JVM: a service name in its pattern would name the last service started.
                "--logging.include-application-name=false",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext context = application.registerShutdownHook(false).run(arguments.toArray(String[]::new));
        services.add(context);
        return context;
    }

    /**
     * The stack's mail server on free loopback ports: SMTP for analytics-service, IMAP to read what it sent. GreenMail
     * makes a mailbox for every address it receives mail for, with the address as user name and password. In memory:
     * the mail is gone when the stack stops.
     */
    private static GreenMail startMail() {
        String loopback = InetAddress.getLoopbackAddress().getHostAddress();
        GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(freePort(), loopback, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(freePort(), loopback, ServerSetup.PROTOCOL_IMAP)});
        server.start();
        log.info("Mail server (GreenMail): SMTP {}:{}, IMAP {}:{}", loopback, server.getSmtp().getPort(), loopback,
                server.getImap().getPort());
        return server;
    }

    /** The stack's mail server: what analytics-service delivered, for tests and for the welcome text. */
    public GreenMail mail() {
        return mail;
    }

    /** A port free now, for the parts that must know each other's address before they start. */
    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public StackUrls urls() {
        return urls;
    }

    /** Tokens signed by the stack's identity-service, for scripts, the demo loader and tests. */
    public IdentityTokens tokens() {
        return tokens;
    }

    /** Creates the demo's people in identity-service (see {@link DemoAccounts}). */
    public List<DemoAccounts.Handed> demoAccounts() {
        return DemoAccounts.ensure(identity.getBean(AccountAdministration.class), identity.getBean(AccountStore.class));
    }

    /** The URLs, Swagger UI links, the demo's people if any, and a ready token for each agency, OPS and ADMIN. */
    String welcome(List<DemoAccounts.Handed> people) {
        StringBuilder text = new StringBuilder()
                .append("\n================ ANTQ platform is running ================\n")
                .append("Kafka:   ").append(kafka.bootstrapServers()).append('\n')
                .append("MongoDB: ").append(mongo.connectionString()).append('\n')
                .append("Data:    ").append(options.dataDir().toAbsolutePath()).append('\n');
        service(text, "event-service", urls.events().toString());
        service(text, "model-service", urls.models().toString());
        service(text, "award-service", urls.awards().toString());
        service(text, "analytics-service", urls.analytics().toString());
        text.append(mailText());
        text.append(String.format("%-18s %s  (sign-in provider; accounts: %s/admin)%n", "identity-service",
                urls.identity(), urls.identity()));
        text.append("\nPortal (cổng thông tin), open it in a browser and sign in: ").append(urls.portal()).append('\n');
        text.append("Movement dashboard (bảng theo dõi phong trào): ").append(urls.portal()).append("/dashboard/\n");
        if (!people.isEmpty()) {
            text.append("Demo users (a handed-out password must be changed at the first sign-in):\n")
                    .append(DemoAccounts.describe(people));
        }
        text.append("\nTokens for scripts and curl (valid 12 hours; Authorization: Bearer <token>), signed by "
                + "identity-service:\n");
        IdentityTokens issuer = tokens;
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

    /** Where the scheduled reports go and how to read them (any IMAP client; curl speaks IMAP). */
    private String mailText() {
        String host = mail.getImap().getBindTo();
        int imap = mail.getImap().getPort();
        return String.format("%-18s smtp://%s:%d, imap://%s:%d  (GreenMail, in memory: the reports analytics-service "
                + "e-mails to subscribed leaders; read them with any IMAP client, user and password = the recipient's "
                + "address, e.g. curl -u lan@tinh.gov.vn:lan@tinh.gov.vn \"imap://%s:%d/INBOX;UID=1\")%n", "mail",
                mail.getSmtp().getBindTo(), mail.getSmtp().getPort(), host, imap, host, imap);
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
        identity = null;
        tokens = null;
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (RuntimeException e) {
                log.warn("A service did not close cleanly: {}", e.getMessage());
            }
        }
        services.clear();
        if (mail != null) {
            mail.stop();
            mail = null;
        }
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

    private String adminToken() {
        return tokens.issue("local-stack", "OPS", List.of(Role.OPS, Role.ADMIN), null, Duration.ofHours(1));
    }
}
