package vn.antq.portal.home;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import vn.antq.contracts.common.Vocabulary;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;

/** The words a person sees for the codes in their token: agency and roles from the one catalogue, locality from the gazetteer. */
final class Labels {

    private final Gazetteer gazetteer;

    Labels(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    String agency(String code, Locale locale) {
        if (code == null) {
            return english(locale) ? "No agency" : "Không thuộc cơ quan nào";
        }
        return Vocabulary.find(Vocabulary.AGENCY, code).map(label -> label.in(locale))
                .orElse(english(locale) ? "Unknown agency" : "Cơ quan chưa có trong danh mục");
    }

    String role(String code, Locale locale) {
        return Vocabulary.find(Vocabulary.ROLE, code).map(label -> label.in(locale))
                .orElse(english(locale) ? "Unknown role" : "Vai trò chưa có trong danh mục");
    }

    /** The codes of the unit and its parents ({@code province}, {@code district}, {@code commune}); empty when unknown. */
    Map<String, String> place(String code, String structure) {
        Map<String, String> place = new LinkedHashMap<>();
        if (code == null) {
            return place;
        }
        Structure chosen;
        try {
            chosen = structure == null ? Structure.Y2019 : Structure.valueOf(structure);
        } catch (IllegalArgumentException unknownStructure) {
            return place;
        }
        if (gazetteer.resolve(code, chosen) instanceof Resolution.Resolved resolved) {
            AdminPath path = resolved.path();
            place.put("structure", chosen.name());
            Stream.of(path.province(), path.district(), path.commune()).filter(Objects::nonNull)
                    .forEach(unit -> place.put(unit.level().name().toLowerCase(Locale.ROOT), unit.code()));
        }
        return place;
    }

    /** The unit's name with its parents; province-wide when there is none. */
    String locality(String code, String structure, Locale locale) {
        if (code == null) {
            return english(locale) ? "Province-wide" : "Toàn tỉnh";
        }
        Structure chosen = Structure.Y2019;
        if (structure != null) {
            try {
                chosen = Structure.valueOf(structure);
            } catch (IllegalArgumentException unknownStructure) {
                return english(locale) ? "Unknown unit" : "Đơn vị hành chính không có trong danh mục";
            }
        }
        Resolution resolution = gazetteer.resolve(code, chosen);
        return Optional.of(resolution).filter(Resolution::isResolved)
                .map(resolved -> ((Resolution.Resolved) resolved).path())
                .map(AdminPath::displayName)
                .orElse(english(locale) ? "Unknown unit" : "Đơn vị hành chính không có trong danh mục");
    }
}
