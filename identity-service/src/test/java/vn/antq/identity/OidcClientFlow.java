package vn.antq.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.antq.identity.signin.Totp;

/**
 * What the portal and a person's browser do against identity-service, over plain HTTP: an authorization-code
 * request with PKCE, the sign-in form, the code exchanged for tokens, and refreshing them.
 */
public final class OidcClientFlow {

    public static final String CLIENT_ID = "portal";
    public static final String CLIENT_SECRET = "portal-local-secret";
    public static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/antq";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern OFFERED_SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String verifier = random();
    /** The account's second-factor secret: the one test accounts are made with, or the one offered at enrolment. */
    private String totpSecret = Accounts.TOTP_SECRET;

    /** The last time step each account was given a code for by a flow of this JVM. */
    private static final Map<String, Long> LAST_STEPS = new ConcurrentHashMap<>();

    public OidcClientFlow(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Starts an authorization request, signs in with the form, and answers the sign-in page's last response. */
    public HttpResponse<String> signIn(String username, String password) {
        HttpResponse<String> authorize = get(authorizeUrl());
        if (!authorize.headers().firstValue("Location").orElse("").endsWith("/login")) {
            throw new IllegalStateException("Expected a redirect to the sign-in page: " + authorize.statusCode());
        }
        String csrf = csrf(get(base + "/login").body());
        return post(base + "/login", Map.of("username", username, "password", password, "_csrf", csrf), null);
    }

    /** Signs in and follows the provider's redirect back to the authorization request; answers the code it grants. */
    public String code(String username, String password) {
        HttpResponse<String> signedIn = signIn(username, password);
        String location = signedIn.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("No redirect after sign-in: " + signedIn.statusCode()));
        HttpResponse<String> authorized = get(location.startsWith("http") ? location : base + location);
        if (authorized.headers().firstValue("Location").orElse("").endsWith("/second-factor")) {
            HttpResponse<String> confirmed = secondFactor(freshCode(username, secretOffered()));
            String next = confirmed.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("The code was refused: " + confirmed.body()));
            authorized = get(next.startsWith("http") ? next : base + next);
        }
        return codeFrom(authorized);
    }

    /**
     * The secret to compute codes with: the one the second-factor page offers when the account enrols (from then on
     * this flow's), else the one the test account was made with.
     */
    public String secretOffered() {
        Matcher offered = OFFERED_SECRET.matcher(get(base + "/second-factor").body());
        if (offered.find()) {
            totpSecret = offered.group(1).replace(" ", "");
        }
        return totpSecret;
    }

    /**
     * A code of the account's that no flow of this JVM gave yet (the provider accepts each step's code once): now's
     * step, or the next one (which the provider also accepts) when now's was given; when that one was given too, it
     * waits for the clock to move on.
     */
    public static synchronized String freshCode(String username, String secret) {
        long last = LAST_STEPS.getOrDefault(username, Long.MIN_VALUE);
        if (last > Totp.stepOf(Instant.now())) {
            Awaitility.await().atMost(Totp.STEP.multipliedBy(3)).until(() -> Totp.stepOf(Instant.now()) >= last);
        }
        long step = Math.max(Totp.stepOf(Instant.now()), last + 1);
        LAST_STEPS.put(username, step);
        return Totp.code(secret, Instant.ofEpochSecond(step * Totp.STEP.getSeconds()));
    }

    /** This flow computes codes with the secret an account enrolled elsewhere. */
    public OidcClientFlow knowing(String secret) {
        this.totpSecret = secret;
        return this;
    }

    /** Posts a code on the second-factor page and answers the response (a redirect onwards when it is right). */
    public HttpResponse<String> secondFactor(String code) {
        return post(base + "/second-factor", Map.of("code", code, "_csrf", csrfOf(base + "/second-factor")), null);
    }

    private String codeFrom(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow(
                () -> new IllegalStateException("No redirect to the client: " + response.statusCode() + " " + response.body()));
        if (!location.startsWith(REDIRECT_URI)) {
            throw new IllegalStateException("Not sent back to the client: " + location);
        }
        return query(URI.create(location)).get("code");
    }

    public JsonNode tokens(String code) {
        return tokenRequest(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI,
                "code_verifier", verifier));
    }

    public JsonNode refresh(String refreshToken) {
        return tokenRequest(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    public HttpResponse<String> clientCredentials(String clientId, String secret) {
        return post(base + "/oauth2/token", Map.of("grant_type", "client_credentials"), basic(clientId, secret));
    }

    private JsonNode tokenRequest(Map<String, String> form) {
        HttpResponse<String> response = post(base + "/oauth2/token", form, basic(CLIENT_ID, CLIENT_SECRET));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Token request refused: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public String authorizeUrl() {
        return base + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID + "&scope=openid%20profile"
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&state=" + random() + "&nonce=" + random()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** A GET that says what it accepts, as a browser's request for an icon ({@code image/*}) or a script's does. */
    public HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> post(String url, Map<String, String> form, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&"))));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    public String csrfOf(String url) {
        return csrf(get(url).body());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], java.net.URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((encode(user) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
