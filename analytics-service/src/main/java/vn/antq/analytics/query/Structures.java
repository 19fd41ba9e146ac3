package vn.antq.analytics.query;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.dimension.Reform;
import vn.antq.contracts.common.Invariants;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.ScopeRule;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.ProblemType;

/**
 * The {@code structure} of a question: in which administrative units the answer speaks. {@code recorded} (the
 * default): every figure in the unit it was recorded in, 2019-2024 units before July 2025 and 2025 units after.
 * {@code 2025}: every figure in a unit of the 2025 structure, the old units mapped at query time by {@link Reform};
 * the {@code locality} asked for, and the token's, are then read as 2025 codes.
 */
@Component
public class Structures {

    public static final String PARAMETER = "structure";
    public static final String RECORDED = "recorded";
    public static final String Y2025 = "2025";
    public static final List<String> ALLOWED = List.of(RECORDED, Y2025);

    /** The parameter's description in the OpenAPI document of every answer that takes it. */
    public static final String DESCRIPTION = "Administrative units of the answer (cấu trúc đơn vị hành chính). "
            + "`recorded` (default): each figure in the unit it was recorded in (2019-2024 units until 2025-06, "
            + "2025 units from 2025-07). `2025`: every figure in the 2025 units: a cell of a month up to 2025-06 is read "
            + "in the 2019-2024 structure and mapped (a merged commune to its new commune, a split one to its default "
            + "successor, listed in `attributedBySplit`; a district- or province-level record to the new province; "
            + "province 62 Kon Tum to 51 Quảng Ngãi); `district` cannot be grouped by; `locality` is a 2025 code "
            + "(province or commune). Totals are the same under both.";

    /** The locality parameter's description, which depends on the structure. */
    public static final String LOCALITY_DESCRIPTION = "A province (2 digits), district (3) or commune (5) code. "
            + "Under `structure=2025`: a 2025 province or commune code, which covers the old units mapped to it "
            + "(e.g. 51 Quảng Ngãi covers the former Kon Tum, 62).";

    private static final Pattern LOCALITY_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    private final Places places;
    private final Reform reform;
    private final ScopeRule scopeRule;

    public Structures(Places places, Reform reform, ScopeRule scopeRule) {
        this.places = places;
        this.reform = reform;
        this.scopeRule = scopeRule;
    }

    /**
     * Who may read which rows of an answer in the recorded units: the kit's {@link ScopeRule} (no filter: the token's
     * own agency and locality; a filter wider than the token's: 403), once the codes asked for are known (else 400).
     */
    public ReadScope scopeOf(AntqUser user, String agency, String locality) {
        String readableAgency = scopeRule.agencyOf(user, agencyCode(agency));
        return new ReadScope(readableAgency, scopeRule.localityOf(user, recordedLocality(locality)));
    }

    /** The question's structure and who may read which rows in it; 400 for unknown codes, 403 as {@link ScopeRule} says. */
    public StructureView ask(AntqUser user, String structure, String agency, String locality) {
        String name = structure == null || structure.isBlank() ? RECORDED : structure.trim();
        if (!ALLOWED.contains(name)) {
            throw ApiException.badRequest(FieldProblem.of(PARAMETER,
                    "Cấu trúc đơn vị hành chính không hợp lệ: " + name + " (chọn trong: " + String.join(", ", ALLOWED) + ")",
                    "Unknown administrative structure: " + name + " (choose from: " + String.join(", ", ALLOWED) + ")"));
        }
        if (name.equals(RECORDED)) {
            return StructureView.recorded(scopeOf(user, agency, locality));
        }
        String readableAgency = scopeRule.agencyOf(user, agencyCode(agency));
        return StructureView.in2025(new ReadScope(readableAgency, locality2025(user, blankToNull(locality))), reform);
    }

    /** An agency asked for: null when none, 400 when it is not an agency code. */
    private static String agencyCode(String requested) {
        String agency = blankToNull(requested);
        if (agency != null && !Invariants.AGENCY_CODE.matcher(agency).matches()) {
            throw ApiException.badRequest(FieldProblem.of("agency",
                    "Mã cơ quan không hợp lệ: " + agency + " (ví dụ: WOMEN_UNION)",
                    "Malformed agency code: " + agency + " (e.g. WOMEN_UNION)"));
        }
        return agency;
    }

    /** A locality asked for in the recorded units: null when none, 400 when no unit of either structure has the code. */
    private String recordedLocality(String requested) {
        String locality = blankToNull(requested);
        if (locality != null && (!LOCALITY_CODE.matcher(locality).matches() || places.resolve(locality).isEmpty())) {
            throw ApiException.badRequest(FieldProblem.of("locality",
                    "Mã địa bàn không tồn tại: " + locality + " (mã tỉnh 2 chữ số, huyện 3, xã 5)",
                    "Unknown locality code: " + locality + " (province 2 digits, district 3, commune 5)"));
        }
        return locality;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Under 2025, the locality asked for and the token's are 2025 codes, compared in the 2025 structure. */
    private String locality2025(AntqUser user, String requested) {
        if (requested != null && reform.unitOf2025(requested).isEmpty()) {
            throw ApiException.badRequest(requested.length() == 3
                    ? FieldProblem.of("locality",
                            "Danh mục 2025 không có cấp huyện: " + requested + "; với structure=2025 hãy dùng mã tỉnh hoặc mã xã 2025",
                            "The 2025 structure has no districts: " + requested + "; with structure=2025 use a 2025 province or commune code")
                    : FieldProblem.of("locality",
                            "Mã địa bàn không có trong danh mục 2025: " + requested + " (mã tỉnh 2 chữ số hoặc xã 5 chữ số)",
                            "No such locality in the 2025 structure: " + requested + " (province 2 digits or commune 5)"));
        }
        String own = user.locality();
        if (own != null && reform.unitOf2025(own).isEmpty()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "Địa bàn của tài khoản (" + own + ") thuộc danh mục 2019-2024; hãy xem số liệu với structure=recorded.",
                    "This account's locality (" + own + ") belongs to the 2019-2024 structure; read with structure=recorded.");
        }
        return scopeRule.localityOf(user, requested, Structure.Y2025);
    }
}
