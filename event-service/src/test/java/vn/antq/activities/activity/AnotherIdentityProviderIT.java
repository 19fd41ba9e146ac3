package vn.antq.activities.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import vn.antq.activities.EventServiceApplication;
import vn.antq.testsupport.HttpApi;
import vn.antq.testsupport.WithTestInfrastructure;

/**
 * A province plugs in its own OpenID Connect provider instead of identity-service: an independent server
 * (mock-oauth2-server over real HTTP, with its own signing key and JWK set) issues tokens whose platform claims
 * have other names ({@code org_code}, {@code groups}, {@code unit}). The service, given that provider's JWK set,
 * issuer, its audience and the claim names, accepts them with their scope applied, and refuses the same
 * provider's tokens for another audience and another issuer's tokens.
 */
@SpringBootTest(classes = EventServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + EventServiceApplication.CONFIG_NAME,
                "antq.security.audience=" + AnotherIdentityProviderIT.AUDIENCE,
                "antq.security.claims.agency=org_code",
                "antq.security.claims.roles=groups",
                "antq.security.claims.locality=unit"})
@WithTestInfrastructure
class AnotherIdentityProviderIT {

    static final String AUDIENCE = "https://api.antq.kontum.gov.vn";
    static final String PROVINCE = "kontum-sso";
    static final String OTHER = "another-realm";

    static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    HttpApi api;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("antq.security.jwk-set-uri", () -> PROVIDER.jwksUrl(PROVINCE).toString());
        registry.add("antq.security.issuer", () -> PROVIDER.issuerUrl(PROVINCE).toString());
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void connect() {
        api = new HttpApi(port);
    }

    @Test
    void aDistrictRecorderOfTheProvincesSingleSignOnRecordsAndListsWithinItsDistrict() {
        String dakHaRecorder = token(PROVINCE, AUDIENCE, "WOMEN_UNION", "615", "RECORDER");
        String title = ActivityJson.uniqueTitle();

        HttpApi.Response created = api.request("POST", "/api/v1/activities").token(dakHaRecorder)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title, "615", "23500", 40)).send();
        HttpApi.Response elsewhere = api.request("POST", "/api/v1/activities").token(dakHaRecorder)
                .json(ActivityJson.villageMeeting("WOMEN_UNION", ActivityJson.uniqueTitle(), "608", "23281", 40)).send();
        HttpApi.Response list = api.request("GET", "/api/v1/activities?size=50").token(dakHaRecorder).send();
        HttpApi.Response wider = api.request("GET", "/api/v1/activities?locality=608").token(dakHaRecorder).send();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("agency").asString()).isEqualTo("WOMEN_UNION");
        assertThat(elsewhere.status()).as("outside the unit claim").isEqualTo(403);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("items")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("agency").asString()).isEqualTo("WOMEN_UNION");
            assertThat(item.get("locality").get("district").asString()).isEqualTo("615");
        });
        assertThat(wider.status()).as("a list wider than the unit claim").isEqualTo(403);
    }

    @Test
    void anOpsUserOfTheProvinceReadsARecordOfAnyAgency() {
        HttpApi.Response created = api.request("POST", "/api/v1/activities")
                .token(token(PROVINCE, AUDIENCE, "POLICE", null, "RECORDER"))
                .json(ActivityJson.villageMeeting("POLICE", ActivityJson.uniqueTitle())).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        HttpApi.Response read = api.request("GET", "/api/v1/activities/" + created.json().get("id").asString())
                .token(token(PROVINCE, AUDIENCE, "OPS", null, "OPS")).send();

        assertThat(read.status()).isEqualTo(200);
    }

    @Test
    void theSameProvidersTokenForAnotherAudienceIs401AndChangesNothing() {
        String title = ActivityJson.uniqueTitle();

        HttpApi.Response response = api.request("POST", "/api/v1/activities")
                .token(token(PROVINCE, "https://another-application.example", "WOMEN_UNION", null, "RECORDER"))
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title)).send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), ActivityStore.COLLECTION)).isZero();
    }

    @Test
    void anotherIssuersTokenIs401AndChangesNothing() {
        String title = ActivityJson.uniqueTitle();

        HttpApi.Response response = api.request("POST", "/api/v1/activities")
                .token(token(OTHER, AUDIENCE, "WOMEN_UNION", null, "RECORDER"))
                .json(ActivityJson.villageMeeting("WOMEN_UNION", title)).send();

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), ActivityStore.COLLECTION)).isZero();
    }

    @Test
    void aTokenWithThePlatformsOwnClaimNamesLacksTheConfiguredOnesAndIs401() {
        HttpApi.Response response = api.request("GET", "/api/v1/activities")
                .token(PROVIDER.issueToken(PROVINCE, "client", new DefaultOAuth2TokenCallback(PROVINCE, "lan", "JWT",
                        List.of(AUDIENCE), Map.of("agency", "WOMEN_UNION", "roles", List.of("RECORDER")), 600))
                        .serialize())
                .send();

        assertThat(response.status()).isEqualTo(401);
    }

    /** A token of the provider's realm {@code issuerId}, with the platform's claims under the province's names. */
    private static String token(String issuerId, String audience, String agency, String unit, String... groups) {
        Map<String, Object> claims = unit == null
                ? Map.of("org_code", agency, "groups", List.of(groups))
                : Map.of("org_code", agency, "groups", List.of(groups), "unit", unit);
        return PROVIDER.issueToken(issuerId, "portal-of-the-province", new DefaultOAuth2TokenCallback(issuerId,
                "sso-" + agency.toLowerCase() + "-" + groups[0].toLowerCase(), "JWT", List.of(audience), claims, 600))
                .serialize();
    }

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
