package vn.antq.analytics.query;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.antq.analytics.dimension.Places;
import vn.antq.analytics.dimension.Reform;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.kit.security.AntqUser;
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

    private final Places places;
    private final Reform reform;

    public Structures(Places places, Reform reform) {
        this.places = places;
        this.reform = reform;
    }

    /** The question's structure and who may read which rows in it; 400 or 403 as {@link ReadScope} says. */
    public StructureView ask(AntqUser user, String structure, String agency, String locality) {
        String name = structure == null || structure.isBlank() ? RECORDED : structure.trim();
        if (!ALLOWED.contains(name)) {
            throw ApiException.badRequest(FieldProblem.of(PARAMETER,
                    "Cấu trúc đơn vị hành chính không hợp lệ: " + name + " (chọn trong: " + String.join(", ", ALLOWED) + ")",
                    "Unknown administrative structure: " + name + " (choose from: " + String.join(", ", ALLOWED) + ")"));
        }
        if (name.equals(RECORDED)) {
            return StructureView.recorded(ReadScope.of(user, agency, locality, places));
        }
        String readableAgency = ReadScope.agency(user, agency);
        return StructureView.in2025(new ReadScope(readableAgency, locality2025(user, ReadScope.blankToNull(locality))),
                reform);
    }

    /** Under 2025, the locality asked for and the token's are 2025 codes; {@link ReadScope#within} decides. */
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
        if (own == null) {
            return requested;
        }
        if (reform.unitOf2025(own).isEmpty()) {
            throw ApiException.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "Địa bàn của tài khoản (" + own + ") thuộc danh mục 2019-2024; hãy xem số liệu với structure=recorded.",
                    "This account's locality (" + own + ") belongs to the 2019-2024 structure; read with structure=recorded.");
        }
        return ReadScope.within(own, requested, reform::isWithin,
                () -> reform.unitOf2025(own).map(AdminUnit::name).orElse(null));
    }
}
