package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.MongoClient;

import vn.antq.testsupport.TestInfrastructureCondition;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.events.AccountEventRelay;
import vn.antq.identity.account.PasswordPolicy;
import vn.antq.identity.account.Role;
import vn.antq.identity.admin.AccountAdministration;
import vn.antq.identity.admin.FirstAdministrator;
import vn.antq.identity.oauth.MongoAuthorizationService;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.signin.Totp;

/** The first administrator of a deployment with no account: made from configuration, once, and only then. */
@SpringBootTest(classes = IdentityServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=" + IdentityServiceApplication.CONFIG_NAME,
                "spring.mongodb.database=identity_bootstrap_it", "antq.identity.issuer=",
                "antq.identity.bootstrap.username=quantri.tinh", "antq.identity.bootstrap.agency=POLICE",
                "antq.identity.bootstrap.display-name=Trần Văn Quản",
                "antq.identity.bootstrap.initial-password=" + FirstAdministratorIT.FROM_ENVIRONMENT})
@ExtendWith(TestInfrastructureCondition.class)
@ContextConfiguration(initializers = InProcessMongoInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIT {

    static final String FROM_ENVIRONMENT = "khoi-tao-2026-an-toan";
    private static final Pattern LOGGED = Pattern.compile("with the initial password (\\S+) -- shown only this once");

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    AuditLog audit;
    @Autowired
    MongoClient mongo;
    @Autowired
    Clock clock;

    @Test
    void theConfiguredAdministratorChangesThePasswordAndEnrolsAtTheFirstSignIn() {
        Account admin = accounts.find("quantri.tinh").orElseThrow();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(admin.agency()).isEqualTo("POLICE");
        assertThat(admin.displayName()).isEqualTo("Trần Văn Quản");
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.totpSecret()).isNull();
        AuditEntry created = audit.latest(admin.username(), 20).stream()
                .filter(entry -> entry.action() == AuditAction.ACCOUNT_CREATED).findFirst().orElseThrow();
        assertThat(created.actor()).isEqualTo(FirstAdministrator.ACTOR);

        OidcClientFlow flow = new OidcClientFlow(port);
        HttpResponse<String> signedIn = flow.signIn(admin.username(), FROM_ENVIRONMENT);
        assertThat(follow(flow, signedIn).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/password"));
        HttpResponse<String> changed = flow.post(base() + "/password", Map.of("_csrf", flow.csrfOf(base() + "/password"),
                "currentPassword", FROM_ENVIRONMENT, "newPassword", "mat-khau-rieng-2026-moi",
                "confirmation", "mat-khau-rieng-2026-moi"), null);
        HttpResponse<String> enrol = follow(flow, changed);
        assertThat(enrol.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        String secret = flow.secretOffered();
        HttpResponse<String> confirmed = flow.secondFactor(Totp.code(secret, clock.instant()));
        HttpResponse<String> code = follow(flow, confirmed);

        assertThat(code.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(OidcClientFlow.REDIRECT_URI).contains("code="));
        assertThat(accounts.find(admin.username()).orElseThrow().totpSecret()).isEqualTo(secret);
    }

    @Test
    void nothingIsMadeWhenAnyAccountExists() {
        long before = accounts.count();

        assertThat(firstAdministrator.createIfNoAccount()).isEmpty();

        assertThat(accounts.count()).isEqualTo(before);
    }

    @Test
    void withoutAPasswordInTheEnvironmentOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
        MongoTemplate fresh = new MongoTemplate(mongo, "identity_bootstrap_fresh_" + System.nanoTime());
        AccountStore store = new AccountStore(fresh);
        AccountAdministration administration = new AccountAdministration(store, passwords, policy, new AuditLog(fresh),
                new MongoAuthorizationService(fresh), clock, AccountEventRelay.idle());
        FirstAdministrator generating = new FirstAdministrator(new FirstAdministrator.Settings("quantri.moi", "FARMERS",
                "Lê Thị Mai", ""), store, administration, policy);

        generating.run(null);

        Matcher logged = LOGGED.matcher(output.getOut());
        assertThat(logged.find()).as(output.getOut()).isTrue();
        Account admin = store.find("quantri.moi").orElseThrow();
        assertThat(passwords.matches(logged.group(1), admin.passwordHash())).isTrue();
        assertThat(admin.agency()).isEqualTo("FARMERS");
        assertThat(admin.mustChangePassword()).isTrue();

        new FirstAdministrator(new FirstAdministrator.Settings("quantri.khac", "FARMERS", "Khác", ""), store,
                administration, policy).run(null);

        assertThat(store.count()).isEqualTo(1);
        assertThat(LOGGED.matcher(output.getOut()).results().count()).isEqualTo(1);
    }

    private HttpResponse<String> follow(OidcClientFlow flow, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return flow.get(location.startsWith("http") ? location : base() + location);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
