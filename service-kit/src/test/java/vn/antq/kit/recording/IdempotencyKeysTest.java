package vn.antq.kit.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;

import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

class IdempotencyKeysTest {

    private final AntqUser lan = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), null);

    @Test
    void theSameUserAndKeyAlwaysNameTheSameRecord() {
        String first = IdempotencyKeys.aggregateId(lan, "meeting-2024-05-01");
        String retry = IdempotencyKeys.aggregateId(new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "62"),
                "meeting-2024-05-01");

        assertThat(retry).isEqualTo(first);
        assertThat(UUID.fromString(first)).isNotNull();
    }

    @Test
    void anotherUserOrAgencyOrKeyNamesAnotherRecord() {
        String id = IdempotencyKeys.aggregateId(lan, "k1");

        assertThat(IdempotencyKeys.aggregateId(new AntqUser("hoa", "WOMEN_UNION", Set.of(), null), "k1")).isNotEqualTo(id);
        assertThat(IdempotencyKeys.aggregateId(new AntqUser("lan", "FARMERS", Set.of(), null), "k1")).isNotEqualTo(id);
        assertThat(IdempotencyKeys.aggregateId(lan, "k2")).isNotEqualTo(id);
    }

    @Test
    void fieldBoundariesCannotBeShiftedToForgeAnotherUsersId() {
        AntqUser ab = new AntqUser("ab", "C", Set.of(), null);
        AntqUser a = new AntqUser("a", "BC", Set.of(), null);

        assertThat(IdempotencyKeys.aggregateId(ab, "k")).isNotEqualTo(IdempotencyKeys.aggregateId(a, "k"));
    }

    @Test
    void withoutAKeyEveryPostGetsANewRandomId() {
        assertThat(IdempotencyKeys.aggregateId(lan, null)).isNotEqualTo(IdempotencyKeys.aggregateId(lan, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "khoá-có-dấu", "tab\tinside", "new\nline"})
    void aKeyThatIsEmptyOrNotPrintableAsciiIsABadRequest(String key) {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> IdempotencyKeys.aggregateId(lan, key));

        assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.fieldProblems()).extracting(FieldProblem::field).containsExactly("Idempotency-Key");
    }

    @Test
    void aKeyOf200CharactersIsAcceptedAndOf201Refused() {
        assertThatCode(() -> IdempotencyKeys.aggregateId(lan, "k".repeat(200))).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ApiException.class,
                () -> IdempotencyKeys.aggregateId(lan, "k".repeat(201))).status()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    record Request(String title, int participants, LocalDate startDate, List<String> topics, Map<String, Integer> counts) {
    }

    @Test
    void equalRequestsHaveEqualFingerprintsWhateverTheMapOrder() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);

        String first = IdempotencyKeys.fingerprint(new Request("Họp dân", 120, LocalDate.of(2024, 5, 1), List.of("x"), ab));
        String second = IdempotencyKeys.fingerprint(new Request("Họp dân", 120, LocalDate.of(2024, 5, 1), List.of("x"), ba));

        assertThat(first).isEqualTo(second).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void aDifferentRequestHasADifferentFingerprintAndIsRefusedUnderTheSameKey() {
        String stored = IdempotencyKeys.fingerprint(new Request("Họp dân", 120, null, List.of(), Map.of()));
        String changed = IdempotencyKeys.fingerprint(new Request("Họp dân", 121, null, List.of(), Map.of()));

        assertThat(changed).isNotEqualTo(stored);
        assertThatCode(() -> IdempotencyKeys.requireSameRequest(stored, stored)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ApiException.class, () -> IdempotencyKeys.requireSameRequest(stored, changed))
                .status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
