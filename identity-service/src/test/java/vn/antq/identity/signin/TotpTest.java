package vn.antq.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Codes as RFC 6238 defines them (its appendix B, SHA-1, cut to 6 digits), and what a typed code may be. */
class TotpTest {

    /** The RFC's SHA-1 seed, the ASCII of "12345678901234567890", in base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreTheRfcTestVectors() {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(90)), now)).isFalse();
    }

    @Test
    void aTypedCodeMayHaveSpacesButNothingElse() {
        Instant now = Instant.ofEpochSecond(1234567890);
        assertThat(Totp.matches(RFC_SECRET, "005 924", now)).isTrue();
        assertThat(Totp.matches(RFC_SECRET, "5924", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, "00592a", now)).isFalse();
        assertThat(Totp.matches(RFC_SECRET, null, now)).isFalse();
    }

    @Test
    void aNewSecretIsBase32Of160BitsAndItsAddressNamesTheIssuerAndTheAccount() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
        assertThat(Totp.uri("ANTQ", "hoa.nguyen", secret)).isEqualTo("otpauth://totp/ANTQ:hoa.nguyen?secret=" + secret
                + "&issuer=ANTQ&algorithm=SHA1&digits=6&period=30");
        assertThat(Totp.qrSvg(Totp.uri("ANTQ", "hoa.nguyen", secret))).startsWith("<svg").contains("<path");
    }
}
