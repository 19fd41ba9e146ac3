package vn.antq.contracts.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LocalityTest {

    @Test
    void onlyTheProvinceIsRequired() {
        assertThat(Locality.ofProvince("62")).isEqualTo(new Locality("62", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Locality(null, "608", "23284")).withMessageContaining("province");
    }

    @Test
    void aCommuneMayHaveNoDistrictAsAfterThe2025Reorganisation() {
        assertThat(new Locality("62", null, "23284").commune()).isEqualTo("23284");
    }

    @Test
    void codesMustHaveTheirOfficialLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> Locality.ofProvince("6"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Locality("62", "60", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Locality("62", null, "2328A"));
    }
}
