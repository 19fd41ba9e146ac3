package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Role;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;
import vn.antq.identity.signin.Totp;

/** The second factor of ADMIN and APPROVER over HTTP: enrolment, the code after the password, lockout, reset. */
@IdentityServiceTest
class SecondFactorIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorEnrolsAtTheFirstSignInAndGetsNoCodeBefore() {
        Account admin = Accounts.unenrolled(accounts, passwords, Role.ADMIN);
        OidcClientFlow flow = new OidcClientFlow(port);
        HttpResponse<String> signedIn = flow.signIn(admin.username(), Accounts.PASSWORD);

        HttpResponse<String> authorize = follow(flow, signedIn);
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        String page = flow.get(base() + "/second-factor").body();
        assertThat(page).contains("Xác thực hai bước", "Khoá bí mật", "otpauth://totp/ANTQ:" + admin.username() + "?secret=", "<svg");
        assertThat(flow.get(base() + "/second-factor?lang=en").body()).contains("Two-step verification", "Secret key");
        flow.get(base() + "/second-factor?lang=vi");
        assertThat(flow.get(flow.authorizeUrl()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        assertThat(flow.get(base() + "/admin").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        String secret = flow.secretOffered();

        HttpResponse<String> wrong = flow.secondFactor(wrongCode(secret));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Mã xác thực không đúng hoặc đã hết hạn.");
        assertThat(accounts.find(admin.username()).orElseThrow().totpSecret()).isNull();

        HttpResponse<String> confirmed = flow.secondFactor(OidcClientFlow.freshCode(admin.username(), secret));
        String next = confirmed.headers().firstValue("Location").orElseThrow();
        assertThat(next).as("where the person was last going").endsWith("/admin");
        assertThat(accounts.find(admin.username()).orElseThrow().totpSecret()).isEqualTo(secret);
        assertThat(flow.get(base() + "/admin").statusCode()).isEqualTo(200);
        assertThat(actions(admin)).contains(AuditAction.SIGN_IN_SUCCEEDED, AuditAction.SECOND_FACTOR_ENROLLED,
                AuditAction.SECOND_FACTOR_FAILED, AuditAction.PASSWORD_ACCEPTED).doesNotContain(AuditAction.SIGN_IN_FAILED);

        OidcClientFlow later = new OidcClientFlow(port).knowing(secret);
        String code = later.code(admin.username(), Accounts.PASSWORD);
        assertThat(later.tokens(code).path("access_token").asString()).isNotBlank();
    }

    @Test
    void anEnrolledApproverGivesACodeAfterThePasswordBeforeTheClientGetsItsCode() {
        Account approver = Accounts.create(accounts, passwords, "approver", "FARMERS", Set.of(Role.APPROVER), null);
        OidcClientFlow flow = new OidcClientFlow(port);
        HttpResponse<String> signedIn = flow.signIn(approver.username(), Accounts.PASSWORD);
        follow(flow, signedIn);

        String page = flow.get(base() + "/second-factor").body();
        assertThat(page).contains("Nhập mã 6 chữ số").doesNotContain("otpauth://", "id=\"secret\"");
        String next = flow.secondFactor(OidcClientFlow.freshCode(approver.username(), Accounts.TOTP_SECRET))
                .headers().firstValue("Location").orElseThrow();
        HttpResponse<String> code = flow.get(next.startsWith("http") ? next : base() + next);

        assertThat(code.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(OidcClientFlow.REDIRECT_URI).contains("code="));
        AuditEntry success = audit.latest(approver.username(), 1).get(0);
        assertThat(success.action()).isEqualTo(AuditAction.SIGN_IN_SUCCEEDED);
        assertThat(success.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aCodeIsAcceptedOnceEvenWithinItsWindow() {
        Account approver = Accounts.create(accounts, passwords, "approver", "FARMERS", Set.of(Role.APPROVER), null);
        String code = OidcClientFlow.freshCode(approver.username(), Accounts.TOTP_SECRET);
        OidcClientFlow first = new OidcClientFlow(port);
        follow(first, first.signIn(approver.username(), Accounts.PASSWORD));
        assertThat(first.secondFactor(code).headers().firstValue("Location")).as("the first time")
                .hasValueSatisfying(location -> assertThat(location).contains("/oauth2/authorize"));

        // The same code again (seen over a shoulder, or sent twice), in another session, while it is still current.
        OidcClientFlow second = new OidcClientFlow(port);
        follow(second, second.signIn(approver.username(), Accounts.PASSWORD));
        HttpResponse<String> replayed = second.secondFactor(code);

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains("Mã này đã được dùng.");
        assertThat(second.get(second.authorizeUrl()).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        assertThat(actions(approver)).contains(AuditAction.SECOND_FACTOR_FAILED);
        // A later code of the account's is accepted.
        HttpResponse<String> later = second.secondFactor(OidcClientFlow.freshCode(approver.username(), Accounts.TOTP_SECRET));
        assertThat(later.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/oauth2/authorize"));
    }

    @Test
    void wrongCodesCountTowardTheLockoutWithWrongPasswords() {
        Account approver = Accounts.create(accounts, passwords, "approver", "FARMERS", Set.of(Role.APPROVER), null);
        OidcClientFlow flow = new OidcClientFlow(port);
        for (int attempt = 1; attempt <= 3; attempt++) {
            flow.signIn(approver.username(), "wrong-password-" + attempt);
        }
        HttpResponse<String> signedIn = flow.signIn(approver.username(), Accounts.PASSWORD);
        follow(flow, signedIn);
        assertThat(flow.secondFactor(wrongCode(Accounts.TOTP_SECRET)).body()).contains("Mã xác thực không đúng");

        HttpResponse<String> locked = flow.secondFactor(wrongCode(Accounts.TOTP_SECRET));

        assertThat(locked.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(flow.get(base() + "/login?error").body()).contains("Tài khoản tạm khoá vì đăng nhập sai nhiều lần liên tiếp.");
        assertThat(flow.get(base() + "/second-factor").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        flow.signIn(approver.username(), Accounts.PASSWORD);
        assertThat(audit.latest(approver.username(), 1).get(0).action()).isEqualTo(AuditAction.SIGN_IN_LOCKED);
    }

    @Test
    void aForcedPasswordChangeComesBeforeTheEnrolment() {
        Account approver = Accounts.unenrolled(accounts, passwords, Role.APPROVER);
        accounts.save(approver.withPassword(passwords.encode("handed-out-123456"), Instant.now(), true));
        OidcClientFlow flow = new OidcClientFlow(port);
        HttpResponse<String> signedIn = flow.signIn(approver.username(), "handed-out-123456");

        assertThat(follow(flow, signedIn).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/password"));
        assertThat(flow.get(base() + "/second-factor").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/password"));
        HttpResponse<String> changed = flow.post(base() + "/password", java.util.Map.of("_csrf", flow.csrfOf(base() + "/password"),
                "currentPassword", "handed-out-123456", "newPassword", "mot-mat-khau-moi-2025",
                "confirmation", "mot-mat-khau-moi-2025"), null);

        String next = changed.headers().firstValue("Location").orElseThrow();
        assertThat(flow.get(next.startsWith("http") ? next : base() + next).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/second-factor"));
        assertThat(flow.get(base() + "/second-factor").body()).contains("otpauth://totp/");
    }

    private HttpResponse<String> follow(OidcClientFlow flow, HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return flow.get(location.startsWith("http") ? location : base() + location);
    }

    private List<AuditAction> actions(Account account) {
        return audit.latest(account.username(), 20).stream().map(AuditEntry::action).toList();
    }

    /** A code of the right form that is none of the three codes the provider accepts now. */
    private static String wrongCode(String secret) {
        Instant now = Instant.now();
        Set<String> accepted = Set.of(Totp.code(secret, now.minusSeconds(30)), Totp.code(secret, now),
                Totp.code(secret, now.plusSeconds(30)), Totp.code(secret, now.plusSeconds(60)));
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!accepted.contains(code)) {
                return code;
            }
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
