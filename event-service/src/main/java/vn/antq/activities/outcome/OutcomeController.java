package vn.antq.activities.outcome;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.ScopeRule;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;

@RestController
@RequestMapping(path = "/api/v1/outcomes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outcomes", description = "Kết quả bảo đảm an ninh, trật tự: the police's figures of a commune and month")
public class OutcomeController {

    private final OutcomeCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public OutcomeController(OutcomeCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a commune's figures of a month (RECORDER of the police); a month recorded already is 409")
    @Creates
    public ResponseEntity<OutcomeView> record(AntqUser user, @RequestBody OutcomeForm form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        OutcomeCommands.Written written = commands.record(user, form, idempotencyKey);
        Outcome outcome = written.outcome();
        return RecordedResponses.created(path(outcome), outcome.version(), written.replayed(), view(outcome));
    }

    @GetMapping("/{commune}/{month}")
    @Operation(summary = "Read a commune's figures of a month (the police, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<OutcomeView> read(AntqUser user, @PathVariable String commune, @PathVariable String month) {
        Outcome outcome = commands.read(user, commune, month);
        return RecordedResponses.ok(outcome.version(), view(outcome));
    }

    @PutMapping(path = "/{commune}/{month}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise a commune's figures of a month; needs If-Match with its current version")
    public ResponseEntity<OutcomeView> revise(AntqUser user, @PathVariable String commune, @PathVariable String month,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody OutcomeForm form) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        OutcomeCommands.Written written = commands.revise(user, commune, month, ifMatch, form, idempotencyKey);
        return RecordedResponses.ok(written.outcome().version(), written.replayed(), view(written.outcome()));
    }

    @GetMapping
    @Operation(summary = "List communes' figures, newest month first (the police, OPS, ADMIN)")
    public Page<OutcomeView> list(AntqUser user,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        YearMonth fromMonth = month("from", from);
        YearMonth toMonth = month("to", to);
        // Commune detail is the police's (and OPS's): another agency's token asks beside its own scope, a 403.
        ScopeRule.Scope scope = scopeRule.scopeOf(user, Outcome.AGENCY, locality);
        List<OutcomeView> items = commands.list(scope.locality(), fromMonth, toMonth, page, size).stream()
                .map(this::view).toList();
        return Page.of(items, page, size, commands.count(scope.locality(), fromMonth, toMonth));
    }

    private static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(FieldProblem.of(field, "Tháng không hợp lệ: " + value + " (cần YYYY-MM)",
                    "Malformed month: " + value + " (expected YYYY-MM)"));
        }
    }

    private static String path(Outcome outcome) {
        return "/api/v1/outcomes/" + outcome.locality().commune() + "/" + outcome.month();
    }

    private OutcomeView view(Outcome outcome) {
        return OutcomeView.of(outcome, commands.place(outcome));
    }
}
