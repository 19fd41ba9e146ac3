package vn.antq.models.report;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.RecordedResponses;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.web.Page;
import vn.antq.kit.recording.ListRequests;

@RestController
@RequestMapping(path = "/api/v1/models/{modelId}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Model reports", description = "Báo cáo định kỳ: a model's monthly or quarterly report")
public class ReportController {

    private final ReportCommands commands;

    public ReportController(ReportCommands commands) {
        this.commands = commands;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "File the report of a period (201); a period reported already is 409, unless If-Match "
            + "names its current version: then it is a correction (200, next version)")
    @Creates
    public ResponseEntity<ReportView> file(AntqUser user, @PathVariable String modelId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody ReportForm form) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        ReportCommands.Filed filed = commands.file(user, modelId, ifMatch, form, idempotencyKey);
        ModelReport report = filed.report();
        return RecordedResponses.createdOrOk(filed.created(), "/api/v1/models/" + report.modelId() + "/reports/"
                + report.period().code(), report.version(), filed.replayed(), ReportView.of(report));
    }

    @GetMapping("/{period}")
    @Operation(summary = "Read the report of a period (2024-05 or 2024-Q2)")
    @Versioned
    public ResponseEntity<ReportView> read(AntqUser user, @PathVariable String modelId, @PathVariable String period) {
        ModelReport report = commands.read(user, modelId, period);
        return RecordedResponses.ok(report.version(), ReportView.of(report));
    }

    @GetMapping
    @Operation(summary = "List a model's reports, oldest period first")
    public Page<ReportView> list(AntqUser user, @PathVariable String modelId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        ListRequests.checkPaging(page, size);
        List<ReportView> items = commands.list(user, modelId, page, size).stream().map(ReportView::of).toList();
        return Page.of(items, page, size, commands.count(modelId));
    }
}
