package vn.antq.awards.award;

import java.time.LocalDate;
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
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.ScopeRule;

/** Every step of an award after the nomination needs If-Match with its current version (428 without, 412 stale). */
@RestController
@RequestMapping(path = "/api/v1/awards", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Awards", description = "Khen thưởng: nominations, decisions, conferment and revocation")
public class AwardController {

    private final AwardCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public AwardController(AwardCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Nominate (RECORDER of the recipient's agency)")
    @Creates
    public ResponseEntity<AwardView> nominate(AntqUser user, @RequestBody Nomination form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        AwardCommands.Nominated nominated = commands.nominate(user, form, idempotencyKey);
        Award award = nominated.award();
        return RecordedResponses.created("/api/v1/awards/" + award.id(), award.version(), nominated.replayed(),
                view(award));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an award (the recipient's agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<AwardView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Approve {approve: true, issuer, decisionNo, decidedOn} or reject {approve: false, reason} "
            + "(APPROVER of the recipient's agency, not the nominator); needs If-Match")
    public ResponseEntity<AwardView> decide(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DecisionForm form) {
        return answer(commands.decide(user, id, ifMatch, form));
    }

    @PostMapping("/{id}/confer")
    @Operation(summary = "Record that an approved award was conferred (RECORDER of the recipient's agency); needs If-Match")
    public ResponseEntity<AwardView> confer(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(commands.confer(user, id, ifMatch));
    }

    @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revoke a conferred award {reason} (APPROVER of the recipient's agency); needs If-Match")
    public ResponseEntity<AwardView> revoke(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RevocationForm form) {
        return answer(commands.revoke(user, id, ifMatch, form));
    }

    @GetMapping
    @Operation(summary = "List awards, most recently nominated first; an agency sees its own, OPS and ADMIN all")
    public Page<AwardView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) AwardForm form,
            @RequestParam(required = false) AwardStatus status,
            @RequestParam(required = false) RecipientType recipientType,
            @RequestParam(required = false) String reviewId,
            @RequestParam(required = false) LocalDate decidedFrom,
            @RequestParam(required = false) LocalDate decidedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        AwardFilter filter = new AwardFilter(scope.agency(),
                scope.locality(), form, status,
                recipientType, reviewId, decidedFrom, decidedTo);
        List<AwardView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<AwardView> answer(Award award) {
        return RecordedResponses.ok(award.version(), view(award));
    }

    private AwardView view(Award award) {
        return AwardView.of(award, commands.place(award));
    }
}
