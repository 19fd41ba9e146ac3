package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;

class AntqUserTest {

    private static final Gazetteer GAZETTEER = Gazetteer.official();

    /** Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum. */
    private static final AdminPath DAK_PNE = path("23491");
    /** Thành phố Kon Tum. */
    private static final AdminPath KON_TUM_CITY = path("608");

    @Test
    void coversOnlyItsOwnAgency() {
        AntqUser user = user(null);

        assertThat(user.covers("WOMEN_UNION")).isTrue();
        assertThat(user.covers("POLICE")).isFalse();
        assertThat(user.covers((String) null)).isFalse();
    }

    @Test
    void aUserWithoutLocalityCoversTheWholeCountry() {
        AntqUser user = user(null);

        assertThat(user.covers(DAK_PNE)).isTrue();
        assertThat(user.covers(path("01"))).isTrue();
        assertThat(user.covers((AdminPath) null)).isTrue();
    }

    @Test
    void aProvinceUserCoversEveryPlaceInItsProvinceOnly() {
        AntqUser user = user("62");

        assertThat(user.covers(DAK_PNE)).isTrue();
        assertThat(user.covers(KON_TUM_CITY)).isTrue();
        assertThat(user.covers(path("01"))).isFalse();
    }

    @Test
    void aDistrictUserDoesNotCoverAnotherDistrictNorTheWholeProvince() {
        AntqUser user = user(DAK_PNE.district().code());

        assertThat(user.covers(DAK_PNE)).isTrue();
        assertThat(user.covers(KON_TUM_CITY)).isFalse();
        assertThat(user.covers(path("62"))).isFalse();
        assertThat(user.covers((AdminPath) null)).isFalse();
    }

    @Test
    void rolesAreQueriedAndOpsOrAdminRecognised() {
        AntqUser recorder = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), null);
        AntqUser ops = new AntqUser("minh", "POLICE", Set.of(Role.OPS), null);
        AntqUser admin = new AntqUser("an", "POLICE", Set.of(Role.ADMIN), null);

        assertThat(recorder.hasRole(Role.RECORDER)).isTrue();
        assertThat(recorder.hasRole(Role.APPROVER)).isFalse();
        assertThat(recorder.isOpsOrAdmin()).isFalse();
        assertThat(ops.isOpsOrAdmin()).isTrue();
        assertThat(admin.isOpsOrAdmin()).isTrue();
    }

    @Test
    void aUserNeedsASubjectAndAnAgency() {
        assertThatThrownBy(() -> new AntqUser(" ", "POLICE", Set.of(), null)).hasMessageContaining("subject");
        assertThatThrownBy(() -> new AntqUser("lan", null, Set.of(), null)).hasMessageContaining("agency");
    }

    private static AntqUser user(String locality) {
        return new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), locality);
    }

    static AdminPath path(String code) {
        return ((Resolution.Resolved) GAZETTEER.resolve(code)).path();
    }
}
