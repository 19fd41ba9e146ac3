package vn.antq.gazetteer;

import static vn.antq.gazetteer.LocalityProblem.COMMUNE_FIELD;
import static vn.antq.gazetteer.LocalityProblem.DISTRICT_FIELD;
import static vn.antq.gazetteer.LocalityProblem.PROVINCE_FIELD;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks a locality {province, district, commune} recorded for a day, field by field, with bilingual messages. */
final class LocalityRules {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Function<Structure, StructureUnits> unitsOf;
    private final CommuneSuccession succession;

    LocalityRules(Function<Structure, StructureUnits> unitsOf, CommuneSuccession succession) {
        this.unitsOf = unitsOf;
        this.succession = succession;
    }

    LocalityCheck check(String provinceCode, String districtCode, String communeCode, LocalDate on) {
        Objects.requireNonNull(on, "on");
        Structure structure = Structure.inForceOn(on);
        String p = blankToNull(provinceCode);
        String d = blankToNull(districtCode);
        String c = blankToNull(communeCode);
        List<LocalityProblem> problems = new ArrayList<>();

        AdminUnit province = null;
        if (p == null) {
            problems.add(new LocalityProblem(PROVINCE_FIELD, "Thiếu mã tỉnh", "Province code is required"));
        } else {
            province = find(AdminLevel.PROVINCE, p, on, problems);
        }

        AdminUnit district = null;
        if (d != null && !structure.hasDistricts()) {
            problems.add(noDistrictTier(d, structure));
        } else if (d != null) {
            district = find(AdminLevel.DISTRICT, d, on, problems);
            if (district != null && province != null && !district.provinceCode().equals(province.code())) {
                problems.add(new LocalityProblem(DISTRICT_FIELD,
                        "Huyện " + d + " không thuộc tỉnh " + p, "District " + d + " is not in province " + p));
            }
        }

        AdminUnit commune = null;
        AdminUnit oldCommuneOfOldDistrict = structure.hasDistricts() || d == null ? null : oldCommuneIn(d, c);
        if (oldCommuneOfOldDistrict != null) {
            // A district after the reform means the whole locality is in old codes: read the commune that way.
            problems.add(outOfForce(oldCommuneOfOldDistrict, on));
        } else if (c != null) {
            commune = find(AdminLevel.COMMUNE, c, on, problems);
        }
        if (commune != null && district != null && !district.code().equals(commune.districtCode())) {
            problems.add(new LocalityProblem(COMMUNE_FIELD,
                    "Xã " + c + " không thuộc huyện " + d, "Commune " + c + " is not in district " + d));
        } else if (commune != null && d == null && province != null && !province.code().equals(commune.provinceCode())) {
            problems.add(new LocalityProblem(COMMUNE_FIELD,
                    "Xã " + c + " không thuộc tỉnh " + p, "Commune " + c + " is not in province " + p));
        }

        if (!problems.isEmpty()) {
            return new LocalityCheck.Invalid(problems);
        }
        AdminUnit mostSpecific = commune != null ? commune : district != null ? district : province;
        return new LocalityCheck.Valid(unitsOf.apply(structure).pathOf(mostSpecific));
    }

    /** The unit in force on that day, or null after adding the problem with it. */
    private AdminUnit find(AdminLevel level, String code, LocalDate on, List<LocalityProblem> problems) {
        String field = fieldOf(level);
        if (!level.isWellFormed(code)) {
            problems.add(new LocalityProblem(field,
                    "Mã " + level.vietnameseTerm() + " không hợp lệ: " + code + " (cần " + level.codeLength() + " chữ số)",
                    "Malformed " + level.englishTerm() + " code: " + code + " (expected " + level.codeLength() + " digits)"));
            return null;
        }
        Structure structure = Structure.inForceOn(on);
        AdminUnit unit = unitsOf.apply(structure).find(level, code);
        if (unit != null) {
            return unit;
        }
        AdminUnit unitOfOtherStructure = unitsOf.apply(otherThan(structure)).find(level, code);
        problems.add(unitOfOtherStructure != null
                ? outOfForce(unitOfOtherStructure, on)
                : new LocalityProblem(field,
                        "Mã " + level.vietnameseTerm() + " không tồn tại: " + code,
                        "Unknown " + level.englishTerm() + " code: " + code));
        return null;
    }

    /** A unit of the structure not in force on that day, with the units that correspond to it in the other one. */
    private LocalityProblem outOfForce(AdminUnit unit, LocalDate on) {
        boolean old = unit.structure() == Structure.Y2019;
        List<AdminUnit> counterparts = succession.counterpartsOf(unit);
        String listed = counterparts.stream().map(u -> u.code() + " " + u.name()).collect(Collectors.joining(", "));
        String vi = "Mã " + unit.level().vietnameseTerm() + " " + unit.code() + " (" + unit.name() + ") thuộc danh mục "
                + unit.structure().label() + ", " + (old ? "không còn" : "chưa có") + " hiệu lực ngày " + VIETNAMESE_DATE.format(on)
                + "; " + (counterparts.isEmpty() ? "bảng chuyển đổi không có đơn vị tương ứng"
                : (old ? "nay thuộc: " : "trước đây gồm: ") + listed);
        String en = capitalize(unit.level().englishTerm()) + " code " + unit.code() + " (" + unit.name() + ") belongs to the "
                + unit.structure().label() + " structure, " + (old ? "no longer" : "not yet") + " in force on " + on
                + "; " + (counterparts.isEmpty() ? "the conversion table names no corresponding unit"
                : (old ? "now part of: " : "formed from: ") + listed);
        return new LocalityProblem(fieldOf(unit.level()), vi, en);
    }

    private static LocalityProblem noDistrictTier(String districtCode, Structure structure) {
        LocalDate from = structure.validFrom();
        return new LocalityProblem(DISTRICT_FIELD,
                "Từ ngày " + VIETNAMESE_DATE.format(from) + " không còn cấp huyện; để trống mã huyện (đã nhập: " + districtCode + ")",
                "There is no district tier from " + from + "; leave the district code empty (given: " + districtCode + ")");
    }

    private AdminUnit oldCommuneIn(String districtCode, String communeCode) {
        AdminUnit commune = unitsOf.apply(Structure.Y2019).find(AdminLevel.COMMUNE, communeCode);
        return commune != null && districtCode.equals(commune.districtCode()) ? commune : null;
    }

    private static Structure otherThan(Structure structure) {
        return structure == Structure.Y2019 ? Structure.Y2025 : Structure.Y2019;
    }

    private static String fieldOf(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> PROVINCE_FIELD;
            case DISTRICT -> DISTRICT_FIELD;
            case COMMUNE -> COMMUNE_FIELD;
        };
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code;
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
