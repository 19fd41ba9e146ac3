package vn.antq.portal.home;

import java.util.Locale;
import java.util.Optional;

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
