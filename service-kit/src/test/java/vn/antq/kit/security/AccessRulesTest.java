package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import vn.antq.gazetteer.AdminPath;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.KitWebConfiguration;

class AccessRulesTest {

    private static final AdminPath DAK_PNE = AntqUserTest.path("23491");
    private static final AdminPath HANOI = AntqUserTest.path("01");

    private final MessageSource messages = new KitWebConfiguration().messageSource(new org.springframework.mock.env.MockEnvironment());

    @Test
    void aRecorderRecordsForItsOwnAgencyInsideItsLocality() {
        AntqUser recorder = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "62");

        assertThatCode(() -> AccessRules.requireRecorderFor(recorder, "WOMEN_UNION", DAK_PNE)).doesNotThrowAnyException();
    }

    @Test
    void recordingForAnotherAgencyIsForbiddenWithTheReasonInBothLanguages() {
        AntqUser recorder = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), null);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> AccessRules.requireRecorderFor(recorder, "POLICE", DAK_PNE));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.detail().resolve(messages, Locale.forLanguageTag("vi")))
                .isEqualTo("Tài khoản của Hội Liên hiệp Phụ nữ không được ghi dữ liệu cho Công an");
        assertThat(refused.detail().resolve(messages, Locale.ENGLISH))
                .isEqualTo("A Women's Union account cannot record for Police");
    }

    @Test
    void recordingOutsideTheUsersLocalityIsForbidden() {
        AntqUser districtRecorder = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "608");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> AccessRules.requireRecorderFor(districtRecorder, "WOMEN_UNION", DAK_PNE));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.detail().resolve(messages, Locale.ENGLISH)).isEqualTo(
                "This account may only record inside the area with code 608; "
                        + "Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum (23491) is outside it");
        assertThat(refused.detail().resolve(messages, Locale.forLanguageTag("vi")))
                .startsWith("Tài khoản chỉ được ghi dữ liệu trong địa bàn có mã 608");
    }

    @Test
    void recordingWithoutTheRecorderRoleIsForbidden() {
        AntqUser approver = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.APPROVER), null);

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> AccessRules.requireRecorderFor(approver, "WOMEN_UNION", DAK_PNE));

        assertThat(refused.detail().resolve(messages, Locale.ENGLISH))
                .isEqualTo("This account lacks the RECORDER role this action needs");
    }

    @Test
    void approvingFollowsTheSameAgencyAndLocalityRules() {
        AntqUser approver = new AntqUser("hoa", "VETERANS", Set.of(Role.APPROVER), "62");

        assertThatCode(() -> AccessRules.requireApproverFor(approver, "VETERANS", DAK_PNE)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ApiException.class,
                () -> AccessRules.requireApproverFor(approver, "VETERANS", HANOI)).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(catchThrowableOfType(ApiException.class,
                () -> AccessRules.requireApproverFor(approver, "FARMERS", DAK_PNE)).status())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void opsAndAdminReadEveryAgencyOthersOnlyTheirOwn() {
        AntqUser ops = new AntqUser("minh", "POLICE", Set.of(Role.OPS), null);
        AntqUser recorder = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), null);

        assertThatCode(() -> AccessRules.requireReaderOf(ops, "FARMERS")).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireReaderOf(recorder, "WOMEN_UNION")).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ApiException.class, () -> AccessRules.requireReaderOf(recorder, "FARMERS"))
                .detail().resolve(messages, Locale.ENGLISH)).isEqualTo("A Women's Union account cannot read the records of Farmers' Association");
    }

    @Test
    void aRecordIsReadOnlyInsideTheTokensLocalityByOpsToo() {
        AntqUser konTum = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "62");
        AntqUser hanoiOps = new AntqUser("minh", "POLICE", Set.of(Role.OPS), "01");
        AntqUser everywhere = new AntqUser("hoa", "WOMEN_UNION", Set.of(), null);

        assertThatCode(() -> AccessRules.requireReaderOf(konTum, "WOMEN_UNION", DAK_PNE)).doesNotThrowAnyException();
        assertThatCode(() -> AccessRules.requireReaderOf(everywhere, "WOMEN_UNION", DAK_PNE)).doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ApiException.class, () -> AccessRules.requireReaderOf(konTum, "WOMEN_UNION", HANOI))
                .status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(catchThrowableOfType(ApiException.class, () -> AccessRules.requireReaderOf(hanoiOps, "WOMEN_UNION", DAK_PNE))
                .detail().resolve(messages, Locale.ENGLISH)).startsWith("This account may only read inside the area with code 01");
    }
}
