package vn.antq.analytics.query;

import java.util.function.BiPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.http.HttpStatus;

import vn.antq.analytics.dimension.Place;
import vn.antq.analytics.dimension.Places;
import vn.antq.contracts.common.Invariants;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.ProblemType;

/**
 * Whose rows a caller may read: the one place where analytics decides a request's scope (agency and locality, in
 * either administrative structure; {@link Structures} asks it for the 2025 one). OPS and ADMIN read every agency;
 * anyone else reads only their own agency's rows (without {@code agency} the filter is forced, and asking for
 * another agency is 403). A token with a locality limits every answer to it: without {@code locality} the answer is
 * the token's locality, a place within it is answered, and a place outside it or wider than it is 403 (never
 * silently narrowed), naming the token's locality.
 *
 * @param agency   the agency whose rows to keep; null for all
 * @param locality a province, district or commune code whose rows to keep; null for everywhere
 */
public record ReadScope(String agency, String locality) {

    private static final Pattern LOCALITY_CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    public static ReadScope of(AntqUser user, String requestedAgency, String requestedLocality, Places places) {
        return new ReadScope(agency(user, requestedAgency), locality(user, blankToNull(requestedLocality), places));
    }

    /** The agency whose rows the user reads: the one asked for if they may, their own if they read no other. */
    static String agency(AntqUser user, String requestedAgency) {
        String agency = blankToNull(requestedAgency);
        if (agency != null && !Invariants.AGENCY_CODE.matcher(agency).matches()) {
            throw ApiException.badRequest(FieldProblem.of("agency",
                    "Mã cơ quan không hợp lệ: " + agency + " (ví dụ: WOMEN_UNION)",
                    "Malformed agency code: " + agency + " (e.g. WOMEN_UNION)"));
        }
        if (agency != null) {
            AccessRules.requireReaderOf(user, agency);
        } else if (!user.isOpsOrAdmin()) {
            agency = user.agency();
        }
        return agency;
    }

    private static String locality(AntqUser user, String requested, Places places) {
        if (requested != null) {
            if (!LOCALITY_CODE.matcher(requested).matches() || places.resolve(requested).isEmpty()) {
                throw ApiException.badRequest(FieldProblem.of("locality",
                        "Mã địa bàn không tồn tại: " + requested + " (mã tỉnh 2 chữ số, huyện 3, xã 5)",
                        "Unknown locality code: " + requested + " (province 2 digits, district 3, commune 5)"));
            }
        }
        String own = user.locality();
        return within(own, requested, places::isWithin,
                () -> places.resolve(own).map(path -> path.mostSpecific().name()).orElse(null));
    }

    /**
     * The locality a request reads: the token's when none is asked for, the one asked for when it lies within the
     * token's; 403 when it is wider than the token's or outside it.
     */
    static String within(String own, String requested, BiPredicate<String, String> isWithin, Supplier<String> ownName) {
        if (own == null || requested == null) {
            return requested != null ? requested : own;
        }
        if (isWithin.test(requested, own)) {
            return requested;
        }
        String name = ownName.get();
        String shown = name == null ? own : name + " (" + own + ")";
        throw ApiException.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                "Tài khoản chỉ được xem số liệu trong địa bàn " + shown + "; địa bàn " + requested
                        + " rộng hơn hoặc nằm ngoài địa bàn đó. Không chọn địa bàn thì được xem toàn bộ địa bàn của tài khoản.",
                "This account may only read figures within its locality " + shown + "; locality " + requested
                        + " is wider than it or outside it. Ask without a locality to read the whole of the account's locality.");
    }

    /** Adds the scope's conditions to a {@code $match}: the agency field, and the locality's level field. */
    public Document addTo(Document match, String agencyField) {
        return addTo(match, agencyField, "");
    }

    /** As {@link #addTo(Document, String)}, for cells whose locality fields sit under {@code localityPrefix}. */
    public Document addTo(Document match, String agencyField, String localityPrefix) {
        if (agency != null) {
            match.append(agencyField, agency);
        }
        if (locality != null) {
            match.append(localityPrefix + localityField(locality), locality);
        }
        return match;
    }

    /** The cell field that holds codes of this code's level: province, district or commune. */
    public static String localityField(String code) {
        return switch (code.length()) {
            case 2 -> Place.PROVINCE;
            case 3 -> Place.DISTRICT;
            default -> Place.COMMUNE;
        };
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
