package vn.antq.kit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

class EtagsTest {

    @Test
    void theEtagOfAVersionIsTheQuotedNumber() {
        assertThat(Etags.of(3)).isEqualTo("\"3\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", "W/\"3\"", "3", " \"3\" ", "\"2\", \"3\""})
    void ifMatchNamingTheCurrentVersionPasses(String ifMatch) {
        assertThat(Etags.requireIfMatch(ifMatch, 3)).isEqualTo(3);
    }

    @Test
    void missingIfMatchIsPreconditionRequired() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> Etags.requireIfMatch(null, 3));

        assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
        assertThat(catchThrowableOfType(ApiException.class, () -> Etags.requireIfMatch(" ", 3)).status())
                .isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", " * ", "\"3\", *", "*, \"2\""})
    void ifMatchAnyVersionIsPreconditionRequiredNotAPass(String ifMatch) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> Etags.requireIfMatch(ifMatch, 3));

        assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "W/\"2\"", "2", "\"33\"", "abc", "\"\""})
    void ifMatchNamingAnotherVersionFailsWithTheCurrentVersion(String ifMatch) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> Etags.requireIfMatch(ifMatch, 3));

        assertThat(refused.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(refused.properties()).containsEntry("currentVersion", 3L);
        assertThat(refused.headers().getETag()).isEqualTo("\"3\"");
    }
}
