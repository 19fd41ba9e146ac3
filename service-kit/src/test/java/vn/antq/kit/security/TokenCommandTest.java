package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

class TokenCommandTest {

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
    void printsOnlyTheTokenSignedWithTheSecretFromTheEnvironment() throws Exception {
        int status = run(Map.of("ANTQ_JWT_SECRET", JwtIssuerTest.SECRET), "--agency=WOMEN_UNION",
                "--roles=RECORDER", "--locality=62", "--sub=lan");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.verify(new MACVerifier(JwtIssuerTest.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getStringClaim("agency")).isEqualTo("WOMEN_UNION");
        assertThat(claims.getStringClaim("locality")).isEqualTo("62");
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void withoutASecretItWarnsAndSignsWithTheLocalDevelopmentSecret() throws Exception {
        int status = run(Map.of(), "--agency=POLICE");

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("WARNING").contains("ANTQ_JWT_SECRET");
        SignedJWT jwt = SignedJWT.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertThat(jwt.verify(new MACVerifier(JwtIssuer.LOCAL_DEVELOPMENT_SECRET.getBytes(StandardCharsets.UTF_8))))
                .isTrue();
    }

    @Test
    void badArgumentsPrintTheUsageOnStandardErrorAndExitWith2() {
        int status = run(Map.of(), "--roles=RECORDER");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--agency is required").contains("Usage:");
    }

    @Test
    void aTooShortSecretIsRefusedWithExitCode2() {
        int status = run(Map.of("ANTQ_JWT_SECRET", "short"), "--agency=POLICE");

        assertThat(status).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 32");
    }

    @Test
    void helpPrintsTheUsage() {
        int status = run(Map.of(), "--help");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:").contains("--locality");
    }

    private int run(Map<String, String> environment, String... args) {
        return TokenCommand.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
