package vn.antq.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import tools.jackson.databind.JsonNode;
import vn.antq.identity.account.Account;
import vn.antq.identity.account.AccountStore;
import vn.antq.identity.oauth.MongoRegisteredClientRepository;
import vn.antq.identity.signing.SigningKeys;

/**
 * The tokens identity-service issues, checked the way a resource server checks them: the signature against the keys
 * its JWKS publishes, and the claims.
 */
@IdentityServiceTest
class TokensIT {

    @LocalServerPort
    int port;
    @Autowired
    AccountStore accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    SigningKeys signingKeys;
    @Autowired
    MongoRegisteredClientRepository clients;

    @Test
    void anOfficerSignsInWithAPasswordAndGetsAnRs256AccessTokenTheJwksVerifies() throws Exception {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);

        JsonNode tokens = flow.tokens(flow.code(officer.username(), Accounts.PASSWORD));

        SignedJWT access = SignedJWT.parse(tokens.path("access_token").asString());
        assertThat(access.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(verifiesAgainstJwks(access)).isTrue();
        JWTClaimsSet claims = access.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(officer.username());
        assertThat(claims.getIssuer()).isEqualTo(issuer());
        assertThat(claims.getAudience()).containsExactly("antq-api");
        assertThat(claims.getStringClaim("agency")).isEqualTo("WOMEN_UNION");
        assertThat(claims.getStringListClaim("roles")).containsExactly("RECORDER");
        assertThat(claims.getStringClaim("locality")).isEqualTo(Accounts.DAK_PNE);
        assertThat(claims.getStringClaim("locality_structure")).isEqualTo("Y2019");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(5));

        SignedJWT id = SignedJWT.parse(tokens.path("id_token").asString());
        assertThat(verifiesAgainstJwks(id)).isTrue();
        assertThat(id.getJWTClaimsSet().getStringClaim("name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(id.getJWTClaimsSet().getAudience()).containsExactly(OidcClientFlow.CLIENT_ID);
    }

    @Test
    void thePortalRefreshesItsTokensWithTheRefreshToken() throws Exception {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);
        JsonNode first = flow.tokens(flow.code(officer.username(), Accounts.PASSWORD));

        JsonNode refreshed = flow.refresh(first.path("refresh_token").asString());

        SignedJWT access = SignedJWT.parse(refreshed.path("access_token").asString());
        assertThat(verifiesAgainstJwks(access)).isTrue();
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(officer.username());
        assertThat(refreshed.path("refresh_token").asString()).isNotEqualTo(first.path("refresh_token").asString());
    }

    @Test
    void afterRotationTheNewKeySignsAndTheOldOneStillVerifiesItsTokens() throws Exception {
        Account officer = Accounts.recorder(accounts, passwords);
        OidcClientFlow flow = new OidcClientFlow(port);
        SignedJWT before = SignedJWT.parse(flow.tokens(flow.code(officer.username(), Accounts.PASSWORD))
                .path("access_token").asString());

        RSAKey next = signingKeys.rotate();
        OidcClientFlow again = new OidcClientFlow(port);
        SignedJWT after = SignedJWT.parse(again.tokens(again.code(officer.username(), Accounts.PASSWORD))
                .path("access_token").asString());

        assertThat(after.getHeader().getKeyID()).isEqualTo(next.getKeyID()).isNotEqualTo(before.getHeader().getKeyID());
        assertThat(verifiesAgainstJwks(before)).isTrue();
        assertThat(verifiesAgainstJwks(after)).isTrue();
    }

    @Test
    void aMachineClientGetsATokenBoundToItsAgency() throws Exception {
        String clientId = "farmers-system-" + UUID.randomUUID();
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId)
                .clientSecret(passwords.encode("machine-secret-123456"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .clientSettings(ClientSettings.builder().setting(MongoRegisteredClientRepository.AGENCY_SETTING, "FARMERS").build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                .build());

        HttpResponse<String> response = new OidcClientFlow(port).clientCredentials(clientId, "machine-secret-123456");

        assertThat(response.statusCode()).isEqualTo(200);
        SignedJWT access = SignedJWT.parse(tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(response.body()).path("access_token").asString());
        assertThat(verifiesAgainstJwks(access)).isTrue();
        assertThat(access.getJWTClaimsSet().getSubject()).isEqualTo(clientId);
        assertThat(access.getJWTClaimsSet().getStringClaim("agency")).isEqualTo("FARMERS");
        assertThat(access.getJWTClaimsSet().getStringListClaim("roles")).containsExactly("RECORDER");
        assertThat(access.getJWTClaimsSet().getAudience()).containsExactly("antq-api");
    }

    @Test
    void discoveryNamesTheIssuerAndTheJwks() {
        HttpResponse<String> discovery = new OidcClientFlow(port).get(issuer() + "/.well-known/openid-configuration");

        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"" + issuer() + "\"", "\"jwks_uri\":\"" + issuer() + "/oauth2/jwks\"",
                "end_session_endpoint");
    }

    private String issuer() {
        return "http://localhost:" + port;
    }

    private boolean verifiesAgainstJwks(SignedJWT token) throws ParseException, JOSEException {
        String jwks = new OidcClientFlow(port).get(issuer() + "/oauth2/jwks").body();
        JWKSet set = JWKSet.parse(jwks);
        assertThat(set.getKeys()).allMatch(key -> !key.isPrivate());
        RSAKey key = (RSAKey) set.getKeyByKeyId(token.getHeader().getKeyID());
        return key != null && token.verify(new RSASSAVerifier(key));
    }

}
