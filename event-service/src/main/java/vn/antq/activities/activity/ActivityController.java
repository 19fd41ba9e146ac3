package vn.antq.activities.activity;

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
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.ScopeRule;

@RestController
@RequestMapping(path = "/api/v1/activities", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Activities", description = "Hoạt động tuyên truyền: outreach activities recorded by each agency")
public class ActivityController {


    private final ActivityCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public ActivityController(ActivityCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record an activity (RECORDER of its agency)")
    @Creates
    public ResponseEntity<ActivityView> record(AntqUser user, @RequestBody ActivityForm form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        ActivityCommands.Recorded recorded = commands.record(user, form, idempotencyKey);
        Activity activity = recorded.activity();
        return RecordedResponses.created("/api/v1/activities/" + activity.id(), activity.version(), recorded.replayed(),
                view(activity));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an activity (its agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<ActivityView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise an activity; needs If-Match with its current version")
    public ResponseEntity<ActivityView> revise(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ActivityForm form) {
        return answer(commands.revise(user, id, ifMatch, form));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Cancel an activity; needs If-Match. It stays readable, with status CANCELLED")
    public ResponseEntity<ActivityView> cancel(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(commands.cancel(user, id, ifMatch));
    }

    @GetMapping
    @Operation(summary = "List activities, newest first; an agency sees its own, OPS and ADMIN see all")
    public Page<ActivityView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) ActivityKind kind,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        ActivityFilter filter = new ActivityFilter(scope.agency(), scope.locality(), from, to, kind, status);
        List<ActivityView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<ActivityView> answer(Activity activity) {
        return RecordedResponses.ok(activity.version(), view(activity));
    }

    private ActivityView view(Activity activity) {
        var locality = activity.details().locality();
        String code = locality.mostSpecificCode();
        Resolution resolution = gazetteer.resolve(code, activity.details().startDate());
        return ActivityView.of(activity, resolution instanceof Resolution.Resolved r ? r.path() : null);
    }
}
