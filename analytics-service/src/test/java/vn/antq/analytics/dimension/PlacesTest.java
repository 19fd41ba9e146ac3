package vn.antq.analytics.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.Gazetteer;

class PlacesTest {

    private final Places places = new Places(Gazetteer.official());

    @Test
    void aCommuneGetsItsDistrictAndAllTheirNames() {
        Place place = places.of(new Locality("62", null, "23401"), LocalDate.of(2024, 5, 1));

        assertThat(place).isEqualTo(new Place("62", "612", "23401", "Tỉnh Kon Tum", "Huyện Đắk Tô", "Thị trấn Đắk Tô"));
    }

    @Test
    void anUnknownCodeIsKeptAsRecordedWithoutNames() {
        assertThat(places.of(new Locality("62", "612", "99999"), LocalDate.of(2024, 5, 1)))
                .isEqualTo(new Place("62", "612", "99999", null, null, null));
    }

    @Test
    void aModelReHomedAfterTheReformIsReadInThe2025StructureThoughItsFoundingDateIsOlder() {
        LocalDate founded = LocalDate.of(2020, 3, 8);

        Place rehomed = places.ofModel(new Locality("51", null, "21136"), founded);
        Place old = places.ofModel(new Locality("51", "525", "21136"), founded);
        Place oldWithoutDistrict = places.ofModel(new Locality("62", null, "23401"), founded);

        assertThat(rehomed).isEqualTo(new Place("51", null, "21136", "Tỉnh Quảng Ngãi", null, "Xã Cà Đam"));
        assertThat(old.communeName()).isEqualTo("Xã Trà Tân");
        assertThat(oldWithoutDistrict.district()).isEqualTo("612");
    }

    @Test
    void withinFollowsTheHierarchy() {
        assertThat(places.isWithin("23401", "612")).isTrue();
        assertThat(places.isWithin("23401", "62")).isTrue();
        assertThat(places.isWithin("612", "23401")).isFalse();
        assertThat(places.isWithin("23401", "613")).isFalse();
    }
}
