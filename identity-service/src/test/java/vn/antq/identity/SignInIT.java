package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.audit.AuditAction;
import vn.antq.identity.audit.AuditEntry;
import vn.antq.identity.audit.AuditLog;

/** The sign-in page over HTTP: wrong passwords, lockout, disabled accounts, handed-out passwords. */
@IdentityServiceTest
class SignInIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    AuditLog audit;

    @Test
    void aWrongPasswordIsRefusedWithAClearMessageAndAudited() {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);

        HttpResponse<String> response = flow.signIn(officer.username(), "not-the-password-1");

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(flow.get(base() + "/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
        AuditEntry entry = audit.latest(officer.username(), 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.SIGN_IN_FAILED);
        assertThat(entry.address()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);
        for (int attempt = 1; attempt <= 4; attempt++) {
            flow.signIn(officer.username(), "wrong-password-" + attempt);
            assertThat(flow.get(base() + "/login?error").body()).contains("mật khẩu không đúng");
        }
        flow.signIn(officer.username(), "wrong-password-5");
        assertThat(flow.get(base() + "/login?error").body())
                .contains("Tài khoản tạm khoá vì đăng nhập sai nhiều lần liên tiếp.", "Hãy thử lại sau");

        HttpResponse<String> rightPassword = flow.signIn(officer.username(), Accounts.PASSWORD);

        assertThat(rightPassword.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(flow.get(base() + "/login?error&lang=en").body())
                .contains("This account is locked after too many failed sign-ins in a row.", "Please try again after");
        assertThat(audit.latest(officer.username(), 1).get(0).action()).isEqualTo(AuditAction.SIGN_IN_LOCKED);
    }

    @Test
    void aDisabledAccountLosesItsSessionAtTheNextRequest() {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);
        flow.code(officer.username(), Accounts.PASSWORD);
        assertThat(flow.get(base() + "/").statusCode()).isEqualTo(200);

        accounts.save(officer.withEnabled(false));

        HttpResponse<String> next = flow.get(flow.authorizeUrl());
        assertThat(next.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        flow.signIn(officer.username(), Accounts.PASSWORD);
        assertThat(flow.get(base() + "/login?error").body()).contains("Tài khoản đã bị vô hiệu hoá.");
    }

    @Test
    void aHandedOutPasswordMustBeChangedBeforeTheClientGetsItsCode() {
        Account officer = Accounts.recorder(accounts, passwords);
        accounts.save(officer.withPassword(passwords.encode("handed-out-123456"), Instant.now(), true));
        OidcClientFlow flow = new OidcClientFlow(port);
        HttpResponse<String> signedIn = flow.signIn(officer.username(), "handed-out-123456");

        HttpResponse<String> authorize = flow.get(base() + signedIn.headers().firstValue("Location").orElseThrow()
                .replace(base(), ""));
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/password"));
        // What the browser asks for meanwhile (its icon) is sent to the change too, but is not where it goes after;
        // an API call gets a problem, not the page.
        assertThat(flow.get(base() + "/favicon.ico", "image/avif,image/webp,image/*,*/*;q=0.8").headers()
                .firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/password"));
        HttpResponse<String> api = flow.get(base() + "/api/v1/accounts", "application/json");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("Cần đổi mật khẩu được cấp trước khi làm việc khác.");
        String csrf = flow.csrfOf(base() + "/password");
        HttpResponse<String> tooShort = flow.post(base() + "/password", Map.of("_csrf", csrf,
                "currentPassword", "handed-out-123456", "newPassword", "short1", "confirmation", "short1"), null);
        assertThat(tooShort.body()).contains("Mật khẩu phải có ít nhất 12 ký tự.");

        HttpResponse<String> changed = flow.post(base() + "/password", Map.of("_csrf", csrf,
                "currentPassword", "handed-out-123456", "newPassword", "mot-mat-khau-moi-2025",
                "confirmation", "mot-mat-khau-moi-2025"), null);

        String next = changed.headers().firstValue("Location").orElseThrow();
        assertThat(next).contains("/oauth2/authorize");
        HttpResponse<String> code = flow.get(next.startsWith("http") ? next : base() + next);
        assertThat(code.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(OidcClientFlow.REDIRECT_URI).contains("code="));
        Account after = accounts.find(officer.username()).orElseThrow();
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(passwords.matches("mot-mat-khau-moi-2025", after.passwordHash())).isTrue();
        assertThat(audit.latest(officer.username(), 1).get(0).action()).isEqualTo(AuditAction.PASSWORD_CHANGED);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
