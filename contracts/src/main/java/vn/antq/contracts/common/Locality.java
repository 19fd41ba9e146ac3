package vn.antq.contracts.common;

import java.util.regex.Pattern;

/**
 * Where something happens, as official administrative-unit codes (mã đơn vị hành chính):
 * province 2 digits, district 3, commune 5. Only the province is required: some records are kept
 * at province or district level, and since the 2025 reorganisation communes have no district.
 */
public record Locality(String province, String district, String commune) {

    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
    private static final Pattern DISTRICT = Pattern.compile("[0-9]{3}");
    private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");

    public Locality {
        Invariants.requireText(province, "locality.province");
        requireCode(PROVINCE, province, "locality.province");
        if (district != null) {
            requireCode(DISTRICT, district, "locality.district");
        }
        if (commune != null) {
            requireCode(COMMUNE, commune, "locality.commune");
        }
    }

    /** The commune's code if there is one, else the district's, else the province's. */
    public String mostSpecificCode() {
        return commune != null ? commune : district != null ? district : province;
    }

    public static Locality ofProvince(String province) {
        return new Locality(province, null, null);
    }

    private static void requireCode(Pattern pattern, String code, String field) {
        if (!pattern.matcher(code).matches()) {
            throw new IllegalArgumentException(field + " must match " + pattern.pattern() + " but was '" + code + "'");
        }
    }
}
