package vn.antq.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StructureTest {

    @Test
    void theThreeTierStructureIsInForceUntilTheEndOfJune2025() {
        assertThat(Structure.inForceOn(LocalDate.of(2019, 1, 1))).isEqualTo(Structure.Y2019);
        assertThat(Structure.inForceOn(LocalDate.of(2024, 12, 31))).isEqualTo(Structure.Y2019);
        assertThat(Structure.inForceOn(LocalDate.of(2025, 6, 30))).isEqualTo(Structure.Y2019);
    }

    @Test
    void theTwoTierStructureIsInForceFromJuly2025() {
        assertThat(Structure.inForceOn(LocalDate.of(2025, 7, 1))).isEqualTo(Structure.Y2025);
        assertThat(Structure.inForceOn(LocalDate.of(2030, 1, 1))).isEqualTo(Structure.Y2025);
    }

    @Test
    void structuresDescribeTheirTiersAndValidity() {
        assertThat(Structure.Y2019.label()).isEqualTo("2019-2024");
        assertThat(Structure.Y2019.hasDistricts()).isTrue();
        assertThat(Structure.Y2019.validFrom()).isNull();
        assertThat(Structure.Y2019.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(Structure.Y2025.hasDistricts()).isFalse();
        assertThat(Structure.Y2025.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Structure.Y2025.validTo()).isNull();
    }
}
