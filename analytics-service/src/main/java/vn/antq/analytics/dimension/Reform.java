package vn.antq.analytics.dimension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.antq.gazetteer.AdminLevel;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;
import vn.antq.gazetteer.Successor;

/**
 * The 2025 reorganisation (sắp xếp đơn vị hành chính 2025) as the answers need it: where a place recorded in the
 * 2019-2024 structure lies in the 2025 one. A commune goes to the new commune that took it over, a split commune to
 * the one the official mapping names as its default successor; a district, a province, and a commune the mapping
 * does not know go to the new province only. Which structure a recorded place is in is for the caller to say, from
 * the record's date: the reform reused codes, so a code alone never tells.
 */
@Component
public class Reform {

    /** The last month recorded in the 2019-2024 structure (June 2025). */
    public static final YearMonth LAST_MONTH_BEFORE = YearMonth.from(Structure.Y2019.validTo());

    private final Gazetteer gazetteer;
    private final Map<String, AdminUnit> newProvinceOfOldProvince = new HashMap<>();
    private final Map<String, Set<String>> oldProvincesOfNewProvince = new HashMap<>();

    public Reform(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (AdminUnit old : gazetteer.provinces(Structure.Y2019)) {
            // Every old province went to exactly one new province (pinned by the gazetteer's tests).
            gazetteer.successorProvincesOf(old.code()).stream().findFirst().ifPresent(successor -> {
                newProvinceOfOldProvince.put(old.code(), successor);
                oldProvincesOfNewProvince.computeIfAbsent(successor.code(), code -> new LinkedHashSet<>()).add(old.code());
            });
        }
    }

    /** Whether a record of this month was recorded in the 2019-2024 structure. */
    public static boolean isBefore(YearMonth month) {
        return !month.isAfter(LAST_MONTH_BEFORE);
    }

    /** Whether a record of this day was recorded in the 2019-2024 structure. */
    public static boolean isBefore(LocalDate day) {
        return Structure.Y2019.isInForceOn(day);
    }

    /** Where a recorded place lies in the 2025 structure; {@code recordedBefore} says which structure it is in. */
    public Attribution attribute(Place recorded, boolean recordedBefore) {
        return recordedBefore ? ofOld(recorded) : new Attribution(withoutDistrict(recorded), null);
    }

    /** A 2025 province (2 digits) or commune (5 digits); empty for any other code. */
    public Optional<AdminUnit> unitOf2025(String code) {
        return gazetteer.resolve(code, Structure.Y2025) instanceof Resolution.Resolved resolved
                ? Optional.of(resolved.path().mostSpecific()) : Optional.empty();
    }

    /** Whether a 2025 place lies within the 2025 province or commune {@code code}. */
    public static boolean isWithin(Place place, String code) {
        return code.length() == AdminLevel.PROVINCE.codeLength() ? code.equals(place.province()) : code.equals(place.commune());
    }

    /** Whether the 2025 unit {@code inner} lies within the 2025 unit {@code outer} (equal codes included). */
    public boolean isWithin(String inner, String outer) {
        return inner.equals(outer) || unitOf2025(inner)
                .map(unit -> unit.level() == AdminLevel.COMMUNE && outer.equals(unit.provinceCode())).orElse(false);
    }

    /**
     * Codes of the cells that may hold figures of a 2025 unit, whichever structure they were recorded in: for a
     * province, itself and the old provinces that went into it; for a commune, itself and the old communes whose
     * figures it takes (those it is the default successor of). A pre-filter: which of them belong is decided by
     * {@link #attribute}.
     */
    public Set<String> codesThatMayFallIn(String code2025) {
        Set<String> codes = new LinkedHashSet<>();
        codes.add(code2025);
        if (code2025.length() == AdminLevel.PROVINCE.codeLength()) {
            codes.addAll(oldProvincesOfNewProvince.getOrDefault(code2025, Set.of()));
        } else {
            for (AdminUnit old : gazetteer.predecessorsOf(code2025)) {
                if (gazetteer.defaultSuccessorOf(old.code()).filter(s -> s.commune().code().equals(code2025)).isPresent()) {
                    codes.add(old.code());
                }
            }
        }
        return codes;
    }

    private Attribution ofOld(Place recorded) {
        Optional<Successor> successor = recorded.commune() == null ? Optional.empty()
                : gazetteer.defaultSuccessorOf(recorded.commune());
        if (successor.isPresent()) {
            AdminUnit commune = successor.get().commune();
            Place place = placeOf(commune);
            if (!successor.get().divided()) {
                return new Attribution(place, null);
            }
            List<AdminUnit> others = gazetteer.successorsOf(recorded.commune()).stream()
                    .filter(other -> !other.defaultSuccessor()).map(Successor::commune).toList();
            return new Attribution(place, new Attribution.Split(recorded.commune(), oldNameOf(recorded), commune, others));
        }
        AdminUnit province = newProvinceOfOldProvince.get(recorded.province());
        if (province == null) {
            return new Attribution(new Place(recorded.province(), null, null, recorded.provinceName(), null, null), null);
        }
        return new Attribution(new Place(province.code(), null, null, province.name(), null, null), null);
    }

    private Place placeOf(AdminUnit commune) {
        AdminUnit province = unitOf2025(commune.provinceCode()).orElseThrow();
        return new Place(province.code(), null, commune.code(), province.name(), null, commune.name());
    }

    private String oldNameOf(Place recorded) {
        if (recorded.communeName() != null) {
            return recorded.communeName();
        }
        return gazetteer.resolve(recorded.commune(), Structure.Y2019) instanceof Resolution.Resolved resolved
                ? resolved.path().mostSpecific().name() : null;
    }

    private static Place withoutDistrict(Place place) {
        return new Place(place.province(), null, place.commune(), place.provinceName(), null, place.communeName());
    }
}
