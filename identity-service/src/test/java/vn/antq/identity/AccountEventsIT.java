package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Topics;
import vn.antq.contracts.user.UnitLocality;
import vn.antq.contracts.user.UnitStructure;
import vn.antq.contracts.user.UserChange;
import vn.antq.contracts.user.UserEvent;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.events.AccountEventRelay;
import vn.antq.identity.events.ExistingAccounts;
import vn.antq.identity.oauth.MongoAuthorizationService;
import vn.antq.identity.admin.AccountAdministration;
import vn.antq.testsupport.TopicRecords;

/**
 * Every account change made through the administration reaches {@code antq.user.v1} from the account's own outbox,
 * in order, versioned, with the contract's CloudEvents headers, and without anything secret.
 */
@IdentityServiceTest
class AccountEventsIT {

    private static final EventJson JSON = new EventJson();
    private static final ContractSchemas SCHEMAS = new ContractSchemas();

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ExistingAccounts existing;
    @Autowired
    MongoClient mongo;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    Clock clock;

    private Account admin;
    private String adminToken;

    @BeforeEach
    void anAdministrator() {
        admin = Accounts.create(accounts, passwords, "admin", "WOMEN_UNION", Set.of(Role.ADMIN), null);
        OidcClientFlow flow = new OidcClientFlow(port);
        adminToken = flow.tokens(flow.code(admin.username(), Accounts.PASSWORD)).path("access_token").asString();
    }

    @Test
    void createDisableChangeRolesAndLocalityArriveInOrderWithTheirVersions() {
        String username = "events." + System.nanoTime() % 1000000;

        assertThat(send("POST", "/api/v1/accounts", "{\"username\":\"" + username + "\",\"displayName\":\"Y Hoa\","
                + "\"roles\":[\"RECORDER\"],\"locality\":{\"code\":\"23491\",\"structure\":\"Y2019\"}}").statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/api/v1/accounts/" + username + "/disable", "").statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/accounts/" + username + "/roles", "{\"roles\":[\"APPROVER\",\"RECORDER\"]}")
                .statusCode()).isEqualTo(200);
        assertThat(send("PUT", "/api/v1/accounts/" + username + "/locality", "{\"code\":\"62\",\"structure\":\"Y2019\"}")
                .statusCode()).isIn(200);
        assertThat(send("POST", "/api/v1/accounts/" + username + "/password-reset", "").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/accounts/" + username + "/enable", "").statusCode()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = recordsOf(username, 6);
        List<UserEvent> events = records.stream().map(r -> JSON.read(r.value(), UserEvent.class)).toList();

        assertThat(events).extracting(UserEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(events).extracting(UserEvent::change).containsExactly(UserChange.CREATED, UserChange.DISABLED,
                UserChange.ROLES_CHANGED, UserChange.LOCALITY_CHANGED, UserChange.PASSWORD_RESET, UserChange.ENABLED);
        assertThat(events).extracting(UserEvent::enabled).containsExactly(true, false, false, false, false, true);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.id()).isEqualTo(username);
            assertThat(event.agency()).isEqualTo("WOMEN_UNION");
            assertThat(event.actor()).isEqualTo(admin.username());
        });
        assertThat(events.get(0).roles()).containsExactly("RECORDER");
        assertThat(events.get(0).locality()).isEqualTo(new UnitLocality("23491", UnitStructure.Y2019));
        assertThat(events.get(2).roles()).containsExactly("APPROVER", "RECORDER");
        assertThat(events.get(3).locality()).isEqualTo(new UnitLocality("62", UnitStructure.Y2019));
        for (ConsumerRecord<String, byte[]> record : records) {
            String body = TopicRecords.body(record);
            assertThat(body.toLowerCase()).doesNotContain("password\"", "hash", "secret", "totp", "$2a$", "{bcrypt}");
            assertThat(SCHEMAS.validate(EventTypes.USER_CHANGED, record.value())).isEmpty();
            assertThat(record.key()).isEqualTo(username);
            assertThat(TopicRecords.header(record, "ce_type")).isEqualTo(EventTypes.USER_CHANGED);
            assertThat(TopicRecords.header(record, "ce_source")).isEqualTo("/antq/identity-service");
            assertThat(TopicRecords.header(record, "ce_subject")).isEqualTo(username);
            assertThat(TopicRecords.header(record, "ce_dataschema"))
                    .isEqualTo("https://antq.vn/schemas/vn.antq.user.changed.v1.json");
            assertThat(TopicRecords.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(Instant.parse(TopicRecords.header(record, "ce_time"))).isNotNull();
            assertThat(TopicRecords.header(record, "ce_id")).isNotBlank();
        }
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_id")).doesNotHaveDuplicates();
    }

    @Test
    void concurrentChangesToOneAccountEachGetTheirOwnVersionAndNoneIsLost() throws Exception {
        String username = "concurrent." + System.nanoTime() % 1000000;
        AccountAdministration.Actor actor = new AccountAdministration.Actor(admin.username(), "WOMEN_UNION", "127.0.0.1");
        administration.create(actor, username, "Rơ Mah Hiền", List.of("RECORDER"), "23491", "Y2019");

        int changes = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < changes; i++) {
                List<String> roles = i % 2 == 0 ? List.of("OPS") : List.of("RECORDER", "OPS");
                results.add(pool.submit(() -> {
                    try {
                        administration.changeRoles(actor, username, roles);
                        return true;
                    } catch (vn.antq.identity.admin.AdministrationRefused conflict) {
                        assertThat(conflict.status()).isEqualTo(409);
                        return false;
                    }
                }));
            }
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get() ? 1 : 0;
            }
            List<UserEvent> events = recordsOf(username, 1 + accepted).stream()
                    .map(r -> JSON.read(r.value(), UserEvent.class)).toList();

            assertThat(accepted).isPositive();
            assertThat(events).extracting(UserEvent::version).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, 1 + accepted).boxed().toList());
            assertThat(accounts.findVersioned(username).orElseThrow().version()).isEqualTo(1 + accepted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAccountMadeBeforeEventsIsAnnouncedOnceAsExisting() {
        Account earlier = Accounts.recorder(accounts, passwords);
        assertThat(accounts.findVersioned(earlier.username()).orElseThrow().version()).isZero();

        assertThat(existing.announce()).isPositive();
        assertThat(existing.announce()).isZero();

        UserEvent announced = JSON.read(recordsOf(earlier.username(), 1).get(0).value(), UserEvent.class);
        assertThat(announced.change()).isEqualTo(UserChange.EXISTING);
        assertThat(announced.version()).isEqualTo(1);
        assertThat(announced.enabled()).isTrue();
        assertThat(announced.roles()).containsExactly("RECORDER");
        assertThat(accounts.find(earlier.username()).orElseThrow().passwordHash()).isEqualTo(earlier.passwordHash());
    }

    @Test
    void withKafkaUnreachableChangesAreAcceptedAndWaitInTheAccount() {
        MongoTemplate fresh = new MongoTemplate(mongo, "identity_events_unreachable_" + System.nanoTime());
        AccountEventRelay unreachable = new AccountEventRelay(fresh, "127.0.0.1:1", true, Duration.ofMillis(100),
                Duration.ofMillis(500));
        unreachable.start();
        try {
            AccountStore store = new AccountStore(fresh);
            AccountAdministration offline = new AccountAdministration(store, passwords, policy, new AuditLog(fresh),
                    new MongoAuthorizationService(fresh), clock, unreachable);
            AccountAdministration.Actor actor = new AccountAdministration.Actor("quantri", "POLICE", "127.0.0.1");

            offline.create(actor, "cho.kafka", "Đinh Văn Chờ", List.of("RECORDER"), null, null);
            offline.disable(actor, "cho.kafka");

            Document waiting = fresh.getCollection(AccountStore.COLLECTION).find(new Document("_id", "cho.kafka")).first();
            assertThat(waiting.get(AccountStore.EVENT_COUNT)).isEqualTo(2);
            assertThat(waiting.get(AccountStore.PUBLISHED_COUNT)).isEqualTo(0);
            assertThat(waiting.get(AccountStore.PENDING_SINCE)).isNotNull();
            assertThat(store.find("cho.kafka").orElseThrow().enabled()).isFalse();
        } finally {
            unreachable.stop();
        }
    }

    /** Waits until the account has {@code count} records on the topic, and gives them in topic order. */
    private static List<ConsumerRecord<String, byte[]>> recordsOf(String username, int count) {
        TopicRecords topic = TopicRecords.embedded();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<String, byte[]>> records = topic.withKey(Topics.USER, username);
        while (records.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            records = topic.withKey(Topics.USER, username);
        }
        assertThat(records).hasSize(count);
        return records;
    }

    private HttpResponse<String> send(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path + " " + response.body()).isLessThan(300);
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
