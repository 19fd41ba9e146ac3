package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditLog;

/** The administration API with an ADMIN's bearer token from this provider: accounts, rules, problems, audit. */
@IdentityServiceTest
class AdministrationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuditLog audit;

    private Account admin;
    private String adminToken;

    @BeforeEach
    void anAdministrator() {
        admin = Accounts.create(accounts, passwords, "admin", "WOMEN_UNION", Set.of(Role.ADMIN), null);
        OidcClientFlow flow = new OidcClientFlow(port);
        adminToken = flow.tokens(flow.code(admin.username(), Accounts.PASSWORD)).path("access_token").asString();
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePasswordIsShownOnceAndMustBeChanged() throws Exception {
        String username = "hoa.nguyen." + System.nanoTime() % 100000;

        HttpResponse<String> created = send("POST", "/api/v1/accounts", adminToken, "{\"username\":\"" + username
                + "\",\"displayName\":\"Nguyễn Thị Hoa\",\"roles\":[\"RECORDER\"],"
                + "\"locality\":{\"code\":\"23491\",\"structure\":\"Y2019\"}}", null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String initialPassword = body.path("initialPassword").asString();
        assertThat(initialPassword).hasSizeGreaterThanOrEqualTo(12);
        assertThat(body.path("account").path("agency").asString()).isEqualTo("WOMEN_UNION");
        assertThat(body.path("account").has("passwordHash")).isFalse();
        Account stored = accounts.find(username).orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();
        assertThat(passwords.matches(initialPassword, stored.passwordHash())).isTrue();
        assertThat(audit.latest(username, 1).get(0).action()).isEqualTo(AuditAction.ACCOUNT_CREATED);
        assertThat(audit.latest(username, 1).get(0).actor()).isEqualTo(admin.username());
        assertThat(send("GET", "/api/v1/accounts", adminToken, null, null).body()).contains(username);
    }

    @Test
    void badFieldsAreAProblemFieldByFieldInVietnameseOrEnglishAndChangeNothing() throws Exception {
        long before = accounts.count();
        String body = "{\"username\":\"X\",\"displayName\":\"\",\"roles\":[\"CHIEF\"],"
                + "\"locality\":{\"code\":\"99999\",\"structure\":\"Y2019\"}}";

        HttpResponse<String> vietnamese = send("POST", "/api/v1/accounts", adminToken, body, null);
        HttpResponse<String> english = send("POST", "/api/v1/accounts", adminToken, body, "en");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode errors = JSON.readTree(vietnamese.body()).path("errors");
        assertThat(errors).extracting(error -> error.path("field").asString())
                .containsExactly("username", "displayName", "roles[0]", "locality.code");
        assertThat(errors.get(0).path("message").asString()).startsWith("Tên đăng nhập gồm 3 đến 64");
        assertThat(JSON.readTree(english.body()).path("errors").get(3).path("message").asString())
                .startsWith("The code 99999 is not an administrative unit");
        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotGrantAdminToThemself() {
        HttpResponse<String> refused = send("PUT", "/api/v1/accounts/" + admin.username() + "/roles", adminToken,
                "{\"roles\":[\"ADMIN\",\"OPS\"]}", null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Quản trị viên không thể tự cấp vai trò Quản trị cho mình.");
        assertThat(accounts.find(admin.username()).orElseThrow().roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void disablingEndsTheAccountsGrantsAndChangesAreAudited() {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow officerFlow = new OidcClientFlow(port);
        JsonNode tokens = officerFlow.tokens(officerFlow.code(officer.username(), Accounts.PASSWORD));

        assertThat(send("POST", "/api/v1/accounts/" + officer.username() + "/disable", adminToken, "", null).statusCode())
                .isEqualTo(200);

        assertThat(accounts.find(officer.username()).orElseThrow().enabled()).isFalse();
        // As the portal asks, server to server (without the person's cookies).
        HttpResponse<String> refresh = new OidcClientFlow(port).post("http://localhost:" + port + "/oauth2/token",
                java.util.Map.of("grant_type", "refresh_token", "refresh_token", tokens.path("refresh_token").asString()),
                "Basic " + java.util.Base64.getEncoder().encodeToString("portal:portal-local-secret".getBytes()));
        assertThat(refresh.statusCode()).isEqualTo(400);
        assertThat(send("GET", "/userinfo", tokens.path("access_token").asString(), null, null).statusCode()).isEqualTo(401);
        assertThat(send("PUT", "/api/v1/accounts/" + officer.username() + "/locality", adminToken,
                "{\"code\":\"62\",\"structure\":\"Y2019\"}", null).statusCode()).isEqualTo(200);
        HttpResponse<String> log = send("GET", "/api/v1/audit?account=" + officer.username(), adminToken, null, null);
        assertThat(log.body()).contains("LOCALITY_CHANGED", "ACCOUNT_DISABLED", "SIGN_IN_SUCCEEDED");
    }

    @Test
    void aRecorderMayNotUseTheAdministrationApi() {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);
        String token = flow.tokens(flow.code(officer.username(), Accounts.PASSWORD)).path("access_token").asString();

        HttpResponse<String> refused = send("GET", "/api/v1/accounts", token, null, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Không được phép");
        assertThat(send("GET", "/api/v1/accounts", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void anAdministratorMakesAMachineClientOfTheirAgencyWhoseSecretWorksOnce() throws Exception {
        String clientId = "women-union-system-" + System.nanoTime() % 100000;

        HttpResponse<String> created = send("POST", "/api/v1/clients", adminToken, "{\"clientId\":\"" + clientId + "\"}", null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String secret = JSON.readTree(created.body()).path("clientSecret").asString();
        HttpResponse<String> token = new OidcClientFlow(port).clientCredentials(clientId, secret);
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(com.nimbusds.jwt.SignedJWT.parse(JSON.readTree(token.body()).path("access_token").asString())
                .getJWTClaimsSet().getStringClaim("agency")).isEqualTo("WOMEN_UNION");
        assertThat(send("GET", "/api/v1/clients", adminToken, null, null).body()).contains(clientId);
    }

    @Test
    void resettingASecondFactorMakesItsOwnerEnrolAgain() {
        Account approver = Accounts.create(accounts, passwords, "approver", "WOMEN_UNION", Set.of(Role.APPROVER), null);

        HttpResponse<String> reset = send("POST", "/api/v1/accounts/" + approver.username() + "/second-factor-reset",
                adminToken, null, null);

        assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
        assertThat(JSON.readTree(reset.body()).path("secondFactorEnrolled").asBoolean(true)).isFalse();
        assertThat(accounts.find(approver.username()).orElseThrow().totpSecret()).isNull();
        assertThat(audit.latest(approver.username(), 1).get(0).action()).isEqualTo(AuditAction.SECOND_FACTOR_RESET);
        OidcClientFlow owner = new OidcClientFlow(port);
        owner.code(approver.username(), Accounts.PASSWORD);
        assertThat(accounts.find(approver.username()).orElseThrow().totpSecret()).isNotNull()
                .isNotEqualTo(Accounts.TOTP_SECRET);
    }

    @Test
    void theAdministrationPageResetsASecondFactor() {
        Account approver = Accounts.create(accounts, passwords, "approver", "WOMEN_UNION", Set.of(Role.APPROVER), null);
        OidcClientFlow page = new OidcClientFlow(port);
        page.code(admin.username(), Accounts.PASSWORD);
        String shown = page.get("http://localhost:" + port + "/admin").body();
        assertThat(shown).contains("/admin/accounts/" + approver.username() + "/second-factor-reset",
                "Huỷ xác thực hai bước");

        HttpResponse<String> reset = page.post("http://localhost:" + port + "/admin/accounts/" + approver.username()
                + "/second-factor-reset", java.util.Map.of("_csrf", page.csrfOf("http://localhost:" + port + "/admin")), null);

        assertThat(reset.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        assertThat(accounts.find(approver.username()).orElseThrow().totpSecret()).isNull();
        assertThat(audit.latest(approver.username(), 1).get(0).actor()).isEqualTo(admin.username());
    }

    @Test
    void theAdministrationPageCreatesAnAccountAndShowsItsPasswordOnce() {
        OidcClientFlow page = new OidcClientFlow(port);
        page.code(admin.username(), Accounts.PASSWORD);
        String csrf = page.csrfOf("http://localhost:" + port + "/admin");
        String username = "le.van.nam." + System.nanoTime() % 100000;

        HttpResponse<String> created = page.post("http://localhost:" + port + "/admin/accounts", java.util.Map.of(
                "_csrf", csrf, "username", username, "displayName", "Lê Văn Nam", "roles", "RECORDER",
                "localityCode", "23491", "localityStructure", "Y2019"), null);

        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/admin"));
        String shown = page.get("http://localhost:" + port + "/admin").body();
        assertThat(shown).as(shown).contains("id=\"initial-password\"", username);
        assertThat(accounts.find(username)).isPresent();
        assertThat(page.get("http://localhost:" + port + "/admin").body()).doesNotContain("id=\"initial-password\"");
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
