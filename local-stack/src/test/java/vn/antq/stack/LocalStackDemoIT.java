package vn.antq.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.antq.kit.security.Role;
import vn.antq.stack.demo.DemoDataSet;
import vn.antq.stack.demo.DemoFigures;
import vn.antq.stack.demo.DemoLoad;
import vn.antq.stack.demo.Planted;

/**
 * The whole platform end to end, as {@code run-local.sh --demo} runs it: the embedded Kafka broker and
 * MongoDB-wire server and the four services on free ports, the Kon Tum data set loaded through the public APIs,
 * and the article's figures read back from analytics-service. Then the stack is stopped and started again on the
 * same data, and the demo loaded a second time: nothing is lost and nothing counts twice. The stack is this test
 * JVM's shared {@link DemoStack}.
 */
@ExtendWith(DemoStackExtension.class)
class LocalStackDemoIT {

    private static final Logger log = LoggerFactory.getLogger(LocalStackDemoIT.class);
    private static final Duration ANALYTICS_TIMEOUT = Duration.ofMinutes(5);

    private static LocalStack stack;

    @Test
    void analyticsShowsTheArticlesFiguresAfterTheDemoLoadsAndAfterARestartAndASecondLoad(DemoStack demo) throws Exception {
        stack = demo.stack();
        DemoDataSet data = demo.data();
        DemoLoad.Outcome first = demo.firstLoad();

        assertThat(first.caughtUp()).as(first.describe()).isTrue();
        assertArticleFigures(first.figures());
        assertThat(first.figures()).isEqualTo(data.expected());
        assertThat(first.tally().existing()).isZero();
        assertPlantedShortcomingsFound(data);

        demo.restart();
        DemoLoad.Outcome second = DemoLoad.into(stack.urls(), stack.tokens(), data, ANALYTICS_TIMEOUT);
        log.info("Second load, after a restart: {}", second.describe());

        assertThat(second.tally().created()).as("records created by loading the demo again").isZero();
        assertThat(second.tally().existing()).isEqualTo(first.tally().created());
        assertThat(second.caughtUp()).as(second.describe()).isTrue();
        assertThat(second.figures()).isEqualTo(first.figures());
        assertArticleFigures(second.figures());
    }

    /**
     * The demo's people, made through identity-service's account administration, reach analytics through the account
     * events: 26 enabled accounts, counted once per role (the administrator is also OPS).
     */
    @Test
    void analyticsCountsTheDemoAccountsAsActiveUsers(DemoStack demo) throws Exception {
        LocalStack local = demo.stack();
        local.demoAccounts();
        String token = local.tokens().issue("it-ops", "POLICE", List.of(Role.OPS), null, Duration.ofMinutes(10));
        java.util.Map<String, Long> expected = java.util.Map.of("RECORDER", 12L, "APPROVER", 12L, "OPS", 2L, "ADMIN", 1L);
        java.util.Map<String, Long> counted = new java.util.TreeMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        do {
            counted.clear();
            JsonNode answer = new ServiceClient(local.urls().analytics())
                    .get("/api/v1/analytics/users?groupBy=role", token, Set.of(200)).body();
            for (JsonNode row : answer.path("rows")) {
                counted.put(row.path("role").asString(), row.path("active").asLong());
            }
            if (counted.equals(expected)) {
                break;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        assertThat(counted).isEqualTo(expected);
    }

    /**
     * Public health of each service on the stack's single class path says statuses only, as it does when the service
     * runs alone: no description or detail, such as the discovery indicator the portal's gateway libraries would add.
     */
    @Test
    void publicHealthShowsStatusesOnly(DemoStack demo) {
        StackUrls urls = demo.stack().urls();
        for (java.net.URI service : List.of(urls.events(), urls.models(), urls.awards(), urls.analytics())) {
            JsonNode health = new ServiceClient(service).health();
            List<String> notStatus = new ArrayList<>();
            collectNonStatus(health, "", notStatus);
            assertThat(notStatus).as("%s public health: %s", service, health).isEmpty();
        }
    }

    private static void collectNonStatus(JsonNode node, String path, List<String> found) {
        for (var field : node.properties()) {
            String name = field.getKey();
            if (name.equals("components")) {
                field.getValue().properties().forEach(c -> collectNonStatus(c.getValue(), path + "/" + c.getKey(), found));
            } else if (!name.equals("status") && !name.equals("groups")) {
                found.add(path + "/" + name);
            }
        }
    }

    /**
     * Every shortcoming the demo planted is among those analytics finds for 2019-2024, with its kind and evidence, and
     * nothing else is. A planted agency pair is named in either order; a paper-only model by its name.
     */
    private static void assertPlantedShortcomingsFound(DemoDataSet data) {
        String token = stack.tokens().issue("it-ops", "OPS", List.of(Role.OPS), null,
                Duration.ofMinutes(10));
        JsonNode answer = new ServiceClient(stack.urls().analytics())
                .get("/api/v1/analytics/shortcomings?from=2019-01&to=2024-12", token, Set.of(200)).body();
        List<String> found = new ArrayList<>();
        for (JsonNode finding : answer.path("findings")) {
            assertThat(finding.path("evidence").isEmpty()).as("evidence of %s", finding).isFalse();
            String kind = finding.path("kind").asString();
            JsonNode subject = finding.path("subject");
            found.add(kind + " " + subjectKey(subject.path("code").asString()));
            if (subject.has("name")) {
                found.add(kind + " " + subject.path("name").asString());
            }
        }
        log.info("Shortcomings 2019-2024 on the demo data: {}", answer);
        for (Planted planted : data.planted()) {
            assertThat(found).as("finding for %s (%s)", planted.subject(), planted.evidence())
                    .contains(planted.kind() + " " + subjectKey(planted.subject()));
        }
        // Nothing flagged that the data does not support: one finding per planted shortcoming, no more.
        assertThat(answer.path("findings").size()).as("findings %s", answer.path("counts")).isEqualTo(data.planted().size());
    }

    /** An agency pair in sorted order ("FARMERS|VETERANS"); any other subject as it is. */
    private static String subjectKey(String subject) {
        String[] parts = subject.split("\\|");
        boolean pair = parts.length == 2 && parts[0].matches("[A-Z_]+") && parts[1].matches("[A-Z_]+");
        return pair ? String.join("|", new TreeSet<>(List.of(parts))) : subject;
    }

    private static void assertArticleFigures(DemoFigures figures) {
        assertThat(figures.womenUnionParticipations()).isEqualTo(DemoDataSet.WOMEN_UNION_PARTICIPATIONS)
                .isGreaterThan(340_000);
        assertThat(figures.finalReviewCommendations()).isEqualTo(31);
        assertThat(figures.womenUnionCertificatesOfMerit()).isEqualTo(5);
    }
}
