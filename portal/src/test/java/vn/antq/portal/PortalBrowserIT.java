package vn.antq.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.gazetteer.Structure;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.account.Locality;
import vn.antq.identity.account.Role;

/**
 * People sign in through the portal in a real browser (headless Chromium): the portal sends them to
 * identity-service's sign-in page and back, shows who they are in words, relays their calls to the services with
 * their access token and never hands the browser a token.
 */
@PortalTest
class PortalBrowserIT {

    static final String PASSWORD = "mat-khau-cua-can-bo-2024";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startOrSkip();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void signedOut() {
        browser.forgetEveryone();
    }

    @Test
    void anOfficerSignsInWithAPasswordAndSeesWhoTheyAreInWords() throws Exception {
        Account officer = account(Set.of(Role.RECORDER), new Locality("23491", Structure.Y2019));

        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);

        assertThat(browser.text("#user-name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(browser.text("#user-agency")).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(browser.text("#user-locality")).isEqualTo("Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum");
        assertThat(browser.text("#user-roles")).isEqualTo("Cập nhật hoạt động");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.portalUrl());
        assertThat(browser.driver().getPageSource()).doesNotContain("eyJ");
        assertThat((String) browser.driver().executeScript("return document.cookie")).doesNotContain("ANTQ_PORTAL");

        Object status = browser.script("const done = arguments[arguments.length - 1];"
                + "fetch('/api/events/v1/activities?page=0').then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(status).isEqualTo(200L);
        StubBackend.Seen seen = TestPlatform.backend().seen("/api/v1/activities");
        assertThat(seen.cookie()).isNull();
        assertThat(seen.authorization()).startsWith("Bearer ");
        SignedJWT relayed = SignedJWT.parse(seen.authorization().substring("Bearer ".length()));
        assertThat(verifiesAgainstIdentityJwks(relayed)).isTrue();
        assertThat(relayed.getJWTClaimsSet().getSubject()).isEqualTo(officer.username());
        assertThat(relayed.getJWTClaimsSet().getStringClaim("agency")).isEqualTo("WOMEN_UNION");

        browser.driver().get(TestPlatform.portalUrl() + "/?lang=en");
        assertThat(browser.text("#user-agency")).isEqualTo("Women's Union");
        assertThat(browser.text("#user-roles")).isEqualTo("Recorder");
    }

    @Test
    void stateChangingCallsNeedTheSessionsCsrfToken() {
        Account officer = account(Set.of(Role.RECORDER), null);
        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);
        assertThat(browser.text("#user-locality")).isEqualTo("Toàn tỉnh");

        String unprotected = "/v1/reviews-" + System.nanoTime();
        Object withoutToken = browser.script("const done = arguments[arguments.length - 1];"
                + "fetch('/api/awards" + unprotected + "', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: '{}'})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");
        Object withToken = browser.script("const done = arguments[arguments.length - 1];"
                + "const token = document.querySelector('meta[name=_csrf]').content;"
                + "const header = document.querySelector('meta[name=_csrf_header]').content;"
                + "fetch('/api/awards/v1/awards', {method: 'POST', headers: {'Content-Type': 'application/json', [header]: token}, body: '{}'})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));");

        assertThat(withoutToken).isEqualTo(403L);
        assertThat(TestPlatform.backend().seen("/api" + unprotected)).isNull();
        assertThat(withToken).isEqualTo(200L);
        assertThat(TestPlatform.backend().seen("/api/v1/awards").method()).isEqualTo("POST");
    }

    @Test
    void aWrongPasswordIsRefusedOnTheSignInPage() {
        Account officer = account(Set.of(Role.RECORDER), null);

        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), "khong-phai-mat-khau-1");

        assertThat(browser.text("#sign-in-problem")).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithAClearMessage() {
        Account officer = account(Set.of(Role.RECORDER), null);
        browser.open(TestPlatform.portalUrl() + "/");
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.signIn(officer.username(), "khong-phai-mat-khau-" + attempt);
            browser.await("#sign-in-problem");
        }

        browser.signIn(officer.username(), PASSWORD);

        assertThat(browser.text("#sign-in-problem"))
                .startsWith("Tài khoản tạm khoá vì đăng nhập sai nhiều lần liên tiếp.")
                .contains("Hãy thử lại sau");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
    }

    @Test
    void aDisabledOfficersSessionIsRefusedAtItsNextRequest() {
        Account officer = account(Set.of(Role.RECORDER), null);
        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);
        assertThat(browser.text("#user-name")).isEqualTo("Nguyễn Thị Hoa");

        accounts().save(accounts().find(officer.username()).orElseThrow().withEnabled(false));

        String refused = "/v1/models-" + System.nanoTime();
        Object apiStatus = browser.script("const done = arguments[arguments.length - 1];"
                + "fetch('/api/models" + refused + "').then(r => done(r.status)).catch(e => done(String(e)));");
        assertThat(apiStatus).isEqualTo(401L);
        assertThat(TestPlatform.backend().seen("/api" + refused)).isNull();
        browser.open(TestPlatform.portalUrl() + "/");
        browser.await("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
        browser.signIn(officer.username(), PASSWORD);
        assertThat(browser.text("#sign-in-problem")).startsWith("Tài khoản đã bị vô hiệu hoá.");
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() {
        Account officer = account(Set.of(Role.OPS), null);
        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);
        assertThat(browser.text("#user-roles")).isEqualTo("Theo dõi");

        browser.driver().findElement(org.openqa.selenium.By.id("sign-out")).click();

        browser.await("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
        browser.open(TestPlatform.portalUrl() + "/");
        browser.await("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
    }

    @Test
    void theDashboardShowsTheSignedInPersonInWordsAndSignsOutAtTheProvider() throws Exception {
        Account officer = account(Set.of(Role.RECORDER), new Locality("23491", Structure.Y2019));
        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);

        browser.await("#open-dashboard").click();

        assertThat(browser.text("#user-name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(browser.text("#user-agency")).isEqualTo("Hội Liên hiệp Phụ nữ");
        assertThat(browser.text("#user-locality")).isEqualTo("Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum");
        assertThat(browser.text("#user-roles")).isEqualTo("Cập nhật hoạt động");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(TestPlatform.portalUrl() + "/dashboard/");
        // The figures come through the relay, which adds the person's token; the page holds none.
        StubBackend.Seen figures = Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> TestPlatform.backend().seen("/api/v1/analytics/participation"), java.util.Objects::nonNull);
        assertThat(figures.cookie()).isNull();
        SignedJWT relayed = SignedJWT.parse(figures.authorization().substring("Bearer ".length()));
        assertThat(verifiesAgainstIdentityJwks(relayed)).isTrue();
        assertThat(relayed.getJWTClaimsSet().getSubject()).isEqualTo(officer.username());
        assertThat(browser.driver().getPageSource()).doesNotContain("eyJ");
        assertThat((String) browser.driver().executeScript(
                "return JSON.stringify(sessionStorage) + JSON.stringify(localStorage) + document.cookie"))
                .doesNotContain("eyJ").doesNotContain("ANTQ_PORTAL");

        // The page names codes from the platform's one catalogue, which the report uses too.
        Object named = browser.script("const done = arguments[arguments.length - 1];"
                + "import('/dashboard/assets/js/i18n.js').then(m => done([m.label('findingKind', 'LOW_PARTICIPATION'),"
                + " m.label('modelType', 'MEDIATION_TEAM'), m.label('figure', 'participationsPerThousandResidents')].join('|')))"
                + ".catch(e => done(String(e)));");
        assertThat(named).isEqualTo(String.join("|",
                vn.antq.contracts.common.Vocabulary.label("findingKind", "LOW_PARTICIPATION", java.util.Locale.forLanguageTag("vi")),
                "Tổ hòa giải", "Lượt tham gia trên 1.000 dân"));
        Object colour = browser.script("const done = arguments[arguments.length - 1];"
                + "import('/dashboard/assets/js/charts.js').then(m => done(m.AGENCY_COLOURS.WOMEN_UNION)).catch(e => done(String(e)));");
        assertThat(colour).isEqualTo(vn.antq.contracts.common.Palette.AGENCY.get("WOMEN_UNION"));

        browser.driver().findElement(org.openqa.selenium.By.id("lang-switch")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(
                driver -> "Women's Union".equals(driver.findElement(org.openqa.selenium.By.id("user-agency")).getText()));
        assertThat(browser.text("#user-roles")).isEqualTo("Recorder");
        // A language that is no language is ignored: the person's choice stands, nothing fails.
        Object oddLanguage = browser.script("const done = arguments[arguments.length - 1];"
                + "fetch('/api/session?lang=' + encodeURIComponent('x y<script>')).then(r => r.json())"
                + ".then(p => done(p.language)).catch(e => done(String(e)));");
        assertThat(oddLanguage).isEqualTo("en");
        browser.open(TestPlatform.portalUrl() + "/");
        assertThat(browser.text("#open-dashboard")).isEqualTo("Movement dashboard");
        browser.open(TestPlatform.portalUrl() + "/dashboard/");
        assertThat(browser.text("#sign-out")).isEqualTo("Sign out");

        browser.driver().findElement(org.openqa.selenium.By.id("sign-out")).click();

        browser.await("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
        browser.open(TestPlatform.portalUrl() + "/dashboard/");
        browser.await("#username");
        assertThat(browser.driver().getCurrentUrl()).startsWith(TestPlatform.identityUrl() + "/login");
    }

    @Test
    void aRecorderCannotOpenTheAccountAdministration() {
        Account officer = account(Set.of(Role.RECORDER), null);
        browser.open(TestPlatform.portalUrl() + "/");
        browser.signIn(officer.username(), PASSWORD);
        assertThat(browser.text("#user-roles")).isEqualTo("Cập nhật hoạt động");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("administration"))).isEmpty();

        browser.open(TestPlatform.identityUrl() + "/admin");

        assertThat(browser.text("#forbidden")).isEqualTo("Không được phép");
        assertThat(browser.driver().findElements(org.openqa.selenium.By.id("accounts"))).isEmpty();
    }

    private static AccountStore accounts() {
        return TestPlatform.identity().getBean(AccountStore.class);
    }

    /** A Women's Union officer with these roles, signing in with {@link #PASSWORD}. */
    static Account account(Set<Role> roles, Locality locality) {
        PasswordEncoder encoder = TestPlatform.identity().getBean(PasswordEncoder.class);
        Account account = new Account("officer-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000,
                "Nguyễn Thị Hoa", "WOMEN_UNION", roles, locality, true, encoder.encode(PASSWORD), Instant.now(), false,
                null, Instant.now());
        accounts().create(account);
        return account;
    }

    private static boolean verifiesAgainstIdentityJwks(SignedJWT token) throws Exception {
        HttpResponse<String> jwks = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(TestPlatform.identityUrl() + "/oauth2/jwks")).build(),
                HttpResponse.BodyHandlers.ofString());
        RSAKey key = (RSAKey) JWKSet.parse(jwks.body()).getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new RSASSAVerifier(key));
    }

}
