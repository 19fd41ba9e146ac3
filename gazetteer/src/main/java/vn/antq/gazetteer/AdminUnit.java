package vn.antq.gazetteer;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official administrative unit (đơn vị hành chính) of one structure.
 *
 * @param name        official name with diacritics, as in the source data, e.g. "Xã Đắk Pne"
 * @param type        unit type, e.g. "Tỉnh", "Huyện", "Phường", "Xã", "Thị trấn", "Đặc khu"
 * @param provinceCode parent province; null for a province
 * @param districtCode parent district; null for provinces, districts and the communes of a two-tier structure
 * @param validFrom   first day in force; null when open-ended
 * @param validTo     last day in force; null when still in force
 */
public record AdminUnit(Structure structure, AdminLevel level, String code, String name, String type,
                        String provinceCode, String districtCode, LocalDate validFrom, LocalDate validTo) {

    public AdminUnit {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!level.isWellFormed(code)) {
            throw new IllegalArgumentException("Malformed " + level.englishTerm() + " code: " + code);
        }
        boolean needsProvince = level != AdminLevel.PROVINCE;
        boolean needsDistrict = level == AdminLevel.COMMUNE && structure.hasDistricts();
        if (level == AdminLevel.DISTRICT && !structure.hasDistricts()) {
            throw new IllegalArgumentException("The " + structure.label() + " structure has no districts: " + code);
        }
        if (needsProvince != (provinceCode != null) || needsDistrict != (districtCode != null)) {
            throw new IllegalArgumentException("Wrong parent codes for " + level + " " + code
                    + ": province " + provinceCode + ", district " + districtCode);
        }
    }

    public boolean isInForceOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
