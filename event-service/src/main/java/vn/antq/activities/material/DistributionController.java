package vn.antq.activities.material;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Distributions", description = "Cấp phát tài liệu: which units received which material, printed or as "
        + "its file or link, on which day")
public class DistributionController {

    static final String PATH = "/api/v1/distributions";

    private final DistributionCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public DistributionController(DistributionCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(path = MaterialController.PATH + "/{id}/distributions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record that a unit received the material (RECORDER of any agency, the distributor: the "
            + "token's own; the unit inside the token's locality; not a material withdrawn by that day)")
    @Creates
    public ResponseEntity<DistributionView> record(AntqUser user, @PathVariable String id,
            @RequestBody DistributionForm distribution,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        DistributionCommands.Recorded recorded = commands.record(user, id, distribution, idempotencyKey);
        Distribution created = recorded.distribution();
        return RecordedResponses.created(PATH + "/" + created.id(), created.version(), recorded.replayed(),
                view(created));
    }

    @GetMapping(PATH + "/{id}")
    @Operation(summary = "Read a distribution (its distributing agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<DistributionView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PutMapping(path = PATH + "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise a whole distribution; needs If-Match with its current version")
    public ResponseEntity<DistributionView> revise(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DistributionForm distribution) {
        return answer(commands.revise(user, id, ifMatch, distribution));
    }

    @DeleteMapping(PATH + "/{id}")
    @Operation(summary = "Cancel a distribution; needs If-Match. It stays readable, with cancelled true")
    public ResponseEntity<DistributionView> cancel(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(commands.cancel(user, id, ifMatch));
    }

    @GetMapping(PATH)
    @Operation(summary = "List distributions, newest receipt first; an agency sees its own, OPS and ADMIN see all")
    public Page<DistributionView> list(AntqUser user,
            @RequestParam(required = false) String material,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        DistributionFilter filter = new DistributionFilter(material, scope.agency(), scope.locality(), from, to);
        List<DistributionView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<DistributionView> answer(Distribution distribution) {
        return RecordedResponses.ok(distribution.version(), view(distribution));
    }

    private DistributionView view(Distribution distribution) {
        return DistributionView.of(distribution, commands.place(distribution));
    }
}
