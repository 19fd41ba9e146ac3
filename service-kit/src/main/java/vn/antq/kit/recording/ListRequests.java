package vn.antq.kit.recording;

import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.gazetteer.Structure;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The checks every list request of the recording services shares, with one set of messages: paging within bounds,
 * and a locality filter that names a unit in either administrative structure. What the request may cover is
 * {@link vn.antq.kit.security.ScopeRule}'s.
 */
public final class ListRequests {

    public static final int MAX_PAGE_SIZE = 200;

    private ListRequests() {
    }

    /** 400 unless {@code page >= 0} and {@code 1 <= size <= MAX_PAGE_SIZE}. */
    public static void checkPaging(int page, int size) {
        if (page < 0) {
            throw ApiException.badRequest(FieldProblem.of("page", "Trang phải từ 0 trở lên", "page must be >= 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiException.badRequest(FieldProblem.of("size", "Số mục mỗi trang phải từ 1 đến " + MAX_PAGE_SIZE,
                    "size must be between 1 and " + MAX_PAGE_SIZE));
        }
    }

    /** 400 unless the code names a unit, under the 2019-2024 codes (those of most records) or the 2025 ones. */
    public static void checkLocality(Gazetteer gazetteer, String code) {
        if (code == null) {
            return;
        }
        for (Structure structure : Structure.values()) {
            if (gazetteer.resolve(code, structure) instanceof Resolution.Resolved) {
                return;
            }
        }
        throw ApiException.badRequest(FieldProblem.of("locality", "Mã địa bàn không tồn tại: " + code,
                "Unknown locality code: " + code));
    }
}
