package vn.antq.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.KitWebConfiguration;

class ScopeRuleTest {

    private final ScopeRule rule = new ScopeRule(Gazetteer.official());
    private final MessageSource messages =
            new KitWebConfiguration().messageSource(new org.springframework.mock.env.MockEnvironment());

    private final AntqUser konRay = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "615");
    private final AntqUser ops = new AntqUser("minh", "POLICE", Set.of(Role.OPS), null);

    @Test
    void withoutFiltersAListCoversTheTokensOwnScope() {
        assertThat(rule.scopeOf(konRay, null, null)).isEqualTo(new ScopeRule.Scope("WOMEN_UNION", "615"));
        assertThat(rule.scopeOf(ops, null, null)).isEqualTo(new ScopeRule.Scope(null, null));
    }

    @Test
    void filtersInsideTheTokensScopeAreKept() {
        assertThat(rule.scopeOf(konRay, "WOMEN_UNION", "23500")).isEqualTo(new ScopeRule.Scope("WOMEN_UNION", "23500"));
        assertThat(rule.scopeOf(konRay, null, "615")).isEqualTo(new ScopeRule.Scope("WOMEN_UNION", "615"));
        assertThat(rule.scopeOf(ops, "FARMERS", "01")).isEqualTo(new ScopeRule.Scope("FARMERS", "01"));
    }

    @Test
    void aLocalityWiderThanOrBesideTheTokensIs403NamingTheTokensScope() {
        for (String wider : new String[] {"62", "611", "01"}) {
            ApiException refused = catchThrowableOfType(ApiException.class, () -> rule.scopeOf(konRay, null, wider));

            assertThat(refused.status()).as(wider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.detail().resolve(messages, Locale.ENGLISH)).as(wider).isEqualTo(
                    "This account may only read inside the area with code 615; " + wider + " is outside it");
        }
    }

    @Test
    void anotherAgencyIs403ForAnyoneButOpsAndAdmin() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> rule.scopeOf(konRay, "POLICE", null));

        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.detail().resolve(messages, Locale.forLanguageTag("vi")))
                .isEqualTo("Tài khoản của Hội Liên hiệp Phụ nữ không được xem dữ liệu của Công an");
    }

    @Test
    void localitiesAreComparedIntheStructureBothCodesBelongTo() {
        Gazetteer gazetteer = Gazetteer.official();
        AdminUnit province2025 = gazetteer.provinces(Structure.Y2025).get(0);
        AdminUnit commune2025 = gazetteer.communesOfProvince(province2025.code(), Structure.Y2025).get(0);
        AntqUser provinceUser = new AntqUser("hoa", "FARMERS", Set.of(Role.RECORDER), province2025.code());

        assertThat(rule.scopeOf(provinceUser, null, commune2025.code()).locality()).isEqualTo(commune2025.code());
        assertThat(rule.isInside("62", "23500")).isTrue();
        assertThat(rule.isInside("615", "62")).isFalse();
    }

    @Test
    void anAnswerInOneStructureComparesInThatStructureOnly() {
        Gazetteer gazetteer = Gazetteer.official();
        AdminUnit province2025 = gazetteer.provinces(Structure.Y2025).get(0);
        AdminUnit commune2025 = gazetteer.communesOfProvince(province2025.code(), Structure.Y2025).get(0);
        AntqUser provinceUser = new AntqUser("hoa", "FARMERS", Set.of(Role.RECORDER), province2025.code());

        assertThat(rule.localityOf(provinceUser, commune2025.code(), Structure.Y2025)).isEqualTo(commune2025.code());
        assertThat(rule.localityOf(provinceUser, null, Structure.Y2025)).isEqualTo(province2025.code());
        assertThat(rule.localityOf(ops, "01", Structure.Y2025)).isEqualTo("01");
        // Kon Rẫy (615) lies within Kon Tum (62) in 2019-2024; in 2025 neither is a unit, so it is not inside there.
        assertThat(rule.isInside("62", "615", Structure.Y2019)).isTrue();
        assertThat(rule.isInside("62", "615", Structure.Y2025)).isFalse();
        AntqUser konTum = new AntqUser("lan", "WOMEN_UNION", Set.of(Role.RECORDER), "62");
        assertThat(rule.localityOf(konTum, "615")).isEqualTo("615");
        ApiException refused = catchThrowableOfType(ApiException.class, () -> rule.localityOf(konTum, "615", Structure.Y2025));
        assertThat(refused.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.detail().resolve(messages, Locale.ENGLISH))
                .isEqualTo("This account may only read inside the area with code 62; 615 is outside it");
    }
}
