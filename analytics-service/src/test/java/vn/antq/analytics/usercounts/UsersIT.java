package vn.antq.analytics.usercounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.antq.analytics.support.AnalyticsIntegrationTest;
import vn.antq.analytics.support.Api;
import vn.antq.analytics.support.Events;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.user.UnitLocality;
import vn.antq.contracts.user.UnitStructure;
import vn.antq.contracts.user.UserChange;
import vn.antq.contracts.user.UserEvent;
import vn.antq.kit.security.Role;

/**
 * Active users per agency, role and unit from the account events: the answer equals what the test computes from the
 * accounts' latest versions, duplicates and stale versions change nothing, and a caller sees only their scope. Each
 * run uses an agency of its own.
 */
@AnalyticsIntegrationTest
class UsersIT {

    private static final Instant AT = Instant.parse("2025-03-01T02:00:00Z");
    private static final List<String> COMMUNES = List.of("23491", "23284");

    @LocalServerPort
    int port;

    @Test
    void enabledAccountsAreCountedOncePerRoleByUnitAndDuplicatesOrStaleVersionsChangeNothing() {
        Api api = new Api(port);
        String agency = "USERS_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT).replace('-', '_');
        Random random = new Random(18);
        Map<String, UserEvent> latest = new HashMap<>();
        List<UserEvent> stale = new ArrayList<>();
        try (Events events = new Events()) {
            for (int i = 0; i < 30; i++) {
                String username = agency.toLowerCase(Locale.ROOT) + ".u" + i;
                UnitLocality locality = i % 5 == 0 ? null : new UnitLocality(COMMUNES.get(i % 2), UnitStructure.Y2019);
                List<String> roles = i % 3 == 0 ? List.of("APPROVER", "RECORDER") : List.of("RECORDER");
                UserEvent created = user(username, 1, agency, roles, locality, true, UserChange.CREATED);
                events.publish(EventContract.USER_CHANGED, created);
                UserEvent last = created;
                if (random.nextInt(3) == 0) {
                    last = user(username, 2, agency, roles, locality, false, UserChange.DISABLED);
                    events.publish(EventContract.USER_CHANGED, last);
                    stale.add(created);
                }
                if (random.nextInt(4) == 0) {
                    last = user(username, last.version() + 1, agency, List.of("OPS"), locality, true, UserChange.ROLES_CHANGED);
                    events.publish(EventContract.USER_CHANGED, last);
                }
                // A duplicate of the latest version.
                events.publish(EventContract.USER_CHANGED, last);
                latest.put(username, last);
            }
            // Stale versions arriving late: an account's version 1 (enabled) after its version 2 (disabled).
            for (UserEvent old : stale) {
                events.publish(EventContract.USER_CHANGED, old);
            }
        }

        Map<String, Long> expected = new HashMap<>();
        for (UserEvent account : latest.values()) {
            if (account.enabled()) {
                for (String role : account.roles()) {
                    expected.merge(role + "|" + (account.locality() == null ? "-" : account.locality().code()), 1L, Long::sum);
                }
            }
        }
        long expectedActive = expected.values().stream().mapToLong(Long::longValue).sum();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Map<String, Object> answer = api.get("/users?agency=" + agency + "&groupBy=role,commune");
            assertThat(byRoleAndCommune(Api.rows(answer))).isEqualTo(expected);
            assertThat(((Number) answer.get("active")).longValue()).isEqualTo(expectedActive);
        });

        // The agency's own users see their agency; one bound to a commune sees only that commune.
        String communeToken = Api.token(agency, "23491", Role.RECORDER);
        Map<String, Object> own = api.get("/users?groupBy=agency,role,commune", communeToken);
        assertThat(Api.rows(own)).isNotEmpty().allSatisfy(row -> {
            assertThat(row).containsEntry("agency", agency).containsEntry("commune", "23491");
            assertThat(row.get("communeName")).isNotNull();
        });
        Map<String, Long> inCommune = new HashMap<>();
        expected.forEach((key, count) -> {
            if (key.endsWith("|23491")) {
                inCommune.put(key, count);
            }
        });
        assertThat(byRoleAndCommune(Api.rows(own))).isEqualTo(inCommune);
        assertThat(api.call("GET", "/users?agency=POLICE", communeToken).status()).isEqualTo(403);
        assertThat(api.call("GET", "/users?locality=62", communeToken).status()).isEqualTo(403);
        Map<String, Object> agencyWide = api.get("/users", Api.token(agency, null, Role.RECORDER));
        assertThat(((Number) agencyWide.get("active")).longValue()).isEqualTo(expectedActive);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Api api = new Api(port);

        Api.Response role = api.call("GET", "/users?role=CHIEF", Api.ops());
        Api.Response groupBy = api.call("GET", "/users?groupBy=month", Api.ops());
        Api.Response locality = api.call("GET", "/users?locality=6", Api.ops());

        for (Api.Response response : List.of(role, groupBy, locality)) {
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(role.body()).contains("role", "Unknown value: CHIEF");
        assertThat(groupBy.body()).contains("groupBy");
    }

    private static Map<String, Long> byRoleAndCommune(List<Map<String, Object>> rows) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : rows) {
            long active = ((Number) row.get("active")).longValue();
            if (active > 0) {
                Object commune = row.get("commune");
                counts.merge(row.get("role") + "|" + (commune == null ? "-" : commune), active, Long::sum);
            }
        }
        return counts;
    }

    private static UserEvent user(String username, long version, String agency, List<String> roles, UnitLocality locality,
            boolean enabled, UserChange change) {
        return new UserEvent(username, version, "admin-" + agency.toLowerCase(Locale.ROOT), AT.plusSeconds(version * 60),
                agency, roles, locality, enabled, change);
    }
}
