package vn.antq.portal.home;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;

/** The words a person sees for the codes in their token: agency, roles and locality. */
final class Labels {

    private static final Map<String, List<String>> ROLES = Map.of(
            "RECORDER", List.of("Cập nhật hoạt động", "Recorder"),
            "APPROVER", List.of("Phê duyệt", "Approver"),
            "OPS", List.of("Theo dõi", "Operations"),
            "ADMIN", List.of("Quản trị", "Administrator"));

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
        return KnownAgencies.find(code)
                .map(agency -> english(locale) ? agency.label().en() : agency.label().vi())
                .orElse(english(locale) ? "Unknown agency" : "Cơ quan chưa có trong danh mục");
    }

    String role(String code, Locale locale) {
        List<String> names = ROLES.get(code);
        if (names == null) {
            return english(locale) ? "Unknown role" : "Vai trò chưa có trong danh mục";
        }
        return names.get(english(locale) ? 1 : 0);
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
