package vn.antq.stack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.common.KnownAgencies;

class DemoAccountsTest {

    private final List<DemoAccounts.Spec> specs = DemoAccounts.specs();

    @Test
    void aRecorderAndAnApproverPerAgencyAtProvinceDistrictAndCommuneLevelThenOpsAndAdmin() {
        assertThat(specs).hasSize(KnownAgencies.ALL.size() * 3 * 2 + 2);
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            for (String locality : List.of(KonTumPlaces.PROVINCE, DemoAccounts.DISTRICT, DemoAccounts.COMMUNE)) {
                assertThat(specs).filteredOn(spec -> spec.agency().equals(agency.code())
                                && locality.equals(spec.locality()))
                        .extracting(DemoAccounts.Spec::roles)
                        .containsExactlyInAnyOrder(List.of("RECORDER"), List.of("APPROVER"));
            }
        }
        assertThat(specs).filteredOn(spec -> spec.locality() == null).extracting(DemoAccounts.Spec::roles)
                .containsExactly(List.of("OPS"), List.of("OPS", "ADMIN"));
        Set<String> usernames = specs.stream().map(DemoAccounts.Spec::username).collect(Collectors.toSet());
        assertThat(usernames).hasSameSizeAs(specs).contains("women-union.commune.recorder", "ops.kontum", "admin.kontum")
                .allMatch(username -> username.matches("[a-z0-9][a-z0-9._-]{2,63}"));
    }

    @Test
    void theCommuneLiesInTheDistrictAndHasTheDemosActivities() {
        assertThat(KonTumPlaces.get().commune(DemoAccounts.COMMUNE).districtCode()).isEqualTo(DemoAccounts.DISTRICT);
        DemoDataSet data = DemoDataSet.generate(java.time.LocalDate.of(2026, 11, 28));
        assertThat(data.activities()).filteredOn(activity -> DemoAccounts.COMMUNE.equals(activity.commune())
                        && activity.agency().equals(KnownAgencies.WOMEN_UNION))
                .isNotEmpty();
    }

    @Test
    void namesAreInVietnameseWithTheUnitsKindInLowerCase() {
        assertThat(specs).filteredOn(spec -> spec.username().equals("women-union.commune.recorder"))
                .extracting(DemoAccounts.Spec::displayName)
                .containsExactly("Cán bộ cập nhật, Hội Liên hiệp Phụ nữ xã Tân Cảnh");
        assertThat(specs).allMatch(spec -> spec.displayName().length() <= 100);
    }
}
