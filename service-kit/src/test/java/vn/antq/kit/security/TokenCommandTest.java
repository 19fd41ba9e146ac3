package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import vn.antq.testsupport.TestTokens;

class TokenCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void parsesAgencyRolesLocalitySubjectAndLifetime() {
        TokenCommand.Request request = TokenCommand.parse(new String[] {"--agency=WOMEN_UNION",
                "--roles=RECORDER,approver", "--locality=62", "--sub=lan", "--ttl=PT30M"});

        assertThat(request).isEqualTo(new TokenCommand.Request("lan", "WOMEN_UNION",
                List.of(Role.RECORDER, Role.APPROVER), "62", Duration.ofMinutes(30)));
    }

    @Test
    void defaultsToARecorderForTwelveHoursOverTheWholeCountry() {
        TokenCommand.Request request = TokenCommand.parse(new String[] {"--agency=police"});

        assertThat(request).isEqualTo(new TokenCommand.Request("local-police", "POLICE", List.of(Role.RECORDER), null,
                Duration.ofHours(12)));
    }

    @Test
    void rejectsMissingAgencyUnknownRolesOptionsAndBadValues() {
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"--roles=RECORDER"})).hasMessageContaining("--agency");
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"--agency=POLICE", "--roles=CHIEF"}))
                .hasMessageContaining("Unknown role: CHIEF");
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"--agency=POLICE", "--colour=red"}))
                .hasMessageContaining("--colour");
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"--agency=POLICE", "--ttl=12h"}))
                .hasMessageContaining("--ttl");
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"--agency=POLICE", "--locality=Kon Tum"}))
                .hasMessageContaining("--locality");
        assertThatThrownBy(() -> TokenCommand.parse(new String[] {"POLICE"})).hasMessageContaining("POLICE");
    }

    @Test
    void printsOnlyTheTokenSignedWithThePrivateKeyFile() throws Exception {
        int status = run(Map.of(), "--key=" + keyFile(), "--issuer=https://scripts.antq.vn", "--agency=WOMEN_UNION",
                "--roles=RECORDER", "--locality=62", "--sub=lan");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(TestTokens.testPublicKey()))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringClaim("agency")).isEqualTo("WOMEN_UNION");
        assertThat(claims.getStringClaim("locality")).isEqualTo("62");
        assertThat(claims.getIssuer()).isEqualTo("https://scripts.antq.vn");
        assertThat(claims.getAudience()).containsExactly("antq-api");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void theKeyFileAndIssuerCanComeFromTheEnvironment() throws Exception {
        int status = run(Map.of("ANTQ_TOKEN_KEY", keyFile().toString(), "ANTQ_SECURITY_ISSUER", "https://id.tinh.vn"),
                "--agency=POLICE", "--audience=activities", "--kid=k1");

        assertThat(status).isZero();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.verify(new RSASSAVerifier(TestTokens.testPublicKey()))).isTrue();
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("k1");
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("https://id.tinh.vn");
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly("activities");
    }

    @Test
    void withoutAKeyItSignsNothingAndExitsWith2() {
        int status = run(Map.of(), "--agency=POLICE");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--key").contains("ANTQ_TOKEN_KEY");
    }

    @Test
    void badArgumentsPrintTheUsageOnStandardErrorAndExitWith2() {
        int status = run(Map.of(), "--roles=RECORDER");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--agency is required").contains("Usage:");
    }

    @Test
    void aFileWithoutAPrivateKeyIsRefusedWithExitCode2() throws Exception {
        Path notAKey = Files.writeString(directory.resolve("public.pem"), TestTokens.testPublicKeyPem());

        int status = run(Map.of(), "--key=" + notAKey, "--agency=POLICE");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("PRIVATE KEY");
    }

    @Test
    void helpPrintsTheUsage() {
        int status = run(Map.of(), "--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("--locality");
    }

    private Path keyFile() throws Exception {
        return Files.writeString(directory.resolve("key.pem"), new String(TestTokens.class.getResourceAsStream(
                "tokens/test-signing-key-protects-nothing.pem").readAllBytes(), StandardCharsets.US_ASCII));
    }

    private int run(Map<String, String> environment, String... args) {
        return TokenCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
