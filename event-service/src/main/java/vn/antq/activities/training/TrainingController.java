package vn.antq.activities.training;

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
@RequestMapping(path = "/api/v1/trainings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Trainings", description = "Tập huấn kỹ năng số: digital-skills trainings of grassroots outreach staff")
public class TrainingController {

    private final TrainingCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public TrainingController(TrainingCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a training (RECORDER of the organising agency, the token's own)")
    @Creates
    public ResponseEntity<TrainingView> record(AntqUser user, @RequestBody TrainingForm form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        TrainingCommands.Recorded recorded = commands.record(user, form, idempotencyKey);
        Training training = recorded.training();
        return RecordedResponses.created("/api/v1/trainings/" + training.id(), training.version(), recorded.replayed(),
                view(training));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a training (its organising agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<TrainingView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise a whole training; needs If-Match with its current version")
    public ResponseEntity<TrainingView> revise(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TrainingForm form) {
        return answer(commands.revise(user, id, ifMatch, form));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel a training; needs If-Match. It stays readable, with cancelled true")
    public ResponseEntity<TrainingView> cancel(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(commands.cancel(user, id, ifMatch));
    }

    @GetMapping
    @Operation(summary = "List trainings, newest first; an agency sees its own, OPS and ADMIN see all")
    public Page<TrainingView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        TrainingFilter filter = new TrainingFilter(scope.agency(), scope.locality(), from, to);
        List<TrainingView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<TrainingView> answer(Training training) {
        return RecordedResponses.ok(training.version(), view(training));
    }

    private TrainingView view(Training training) {
        return TrainingView.of(training, locality -> commands.where(training, locality));
    }
}
