package vn.antq.kit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/** {@code GET /api/v1/audit}: who changed what and when, with the state before and after; ADMIN only. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit", description = "Nhật ký thay đổi: who changed what and when")
public class EventHistoryController {

    static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 10_000;

    private final EventHistory history;

    public EventHistoryController(EventHistory history) {
        this.history = history;
    }

    /**
     * @param from inclusive, ISO-8601 ({@code 2024-05-01T00:00:00Z})
     * @param to   exclusive
     */
    @GetMapping("/api/v1/audit")
    @Operation(operationId = "auditTrail", summary = "Who changed what and when, with the state before and after (ADMIN)")
    public AuditPage audit(
            @RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0 || page > MAX_PAGE) {
            problems.add(FieldProblem.of("page", "Trang phải từ 0 đến " + MAX_PAGE,
                    "page must be between 0 and " + MAX_PAGE));
        }
        if (size < 1 || size > MAX_SIZE) {
            problems.add(FieldProblem.of("size", "Số mục mỗi trang phải từ 1 đến " + MAX_SIZE,
                    "size must be between 1 and " + MAX_SIZE));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add(FieldProblem.of("to", "Thời điểm kết thúc phải sau thời điểm bắt đầu",
                    "to must be after from"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return history.find(new AuditFilter(blankToNull(aggregateId), blankToNull(actor), from, to), page, size);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
