package vn.antq.models.model;

import java.util.List;
import java.util.Locale;

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
import vn.antq.contracts.model.ModelStatus;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.ScopeRule;

@RestController
@RequestMapping(path = "/api/v1/models", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Models", description = "Mô hình tự quản về ANTT: grassroots self-managed security models")
public class ModelController {


    private final ModelCommands commands;
    private final Rehoming rehoming;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public ModelController(ModelCommands commands, Rehoming rehoming, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.rehoming = rehoming;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a model (RECORDER of its agency); warns of ACTIVE models of the same type in the commune")
    @Creates
    public ResponseEntity<ModelView> register(AntqUser user, Locale locale, @RequestBody ModelForm form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        ModelCommands.Registered registered = commands.register(user, form, idempotencyKey);
        Model model = registered.model();
        return RecordedResponses.created("/api/v1/models/" + model.id(), model.version(), registered.replayed(),
                ModelView.registered(model, commands.place(model), registered.overlaps(), locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a model (its agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<ModelView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a model's details; needs If-Match with its current version. Status has its own endpoint")
    public ResponseEntity<ModelView> change(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ModelForm form) {
        return answer(commands.change(user, id, ifMatch, form));
    }

    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Suspend, reactivate or dissolve a model; needs If-Match. "
            + "ACTIVE <-> SUSPENDED, either -> DISSOLVED (final); anything else is 409 naming what is allowed")
    public ResponseEntity<ModelView> changeStatus(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            @RequestBody StatusForm form) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        ModelCommands.StatusChanged changed = commands.changeStatus(user, id, ifMatch, form, idempotencyKey);
        return RecordedResponses.ok(changed.model().version(), changed.replayed(), view(changed.model()));
    }

    @GetMapping("/{id}/rehoming")
    @Operation(summary = "What re-homing a model to the 2025 administrative units would do: where it is, whether it "
            + "still needs to move, the commune the official mapping suggests (its default successor) and the "
            + "alternatives (its agency, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<RehomingView> rehoming(AntqUser user, @PathVariable String id) {
        Model model = commands.read(user, id);
        return RecordedResponses.ok(model.version(), RehomingView.of(model, commands.place(model),
                rehoming.options(model), commands.history(model)));
    }

    @PostMapping(path = "/{id}/rehome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Re-home a model still in a 2019-2024 commune to a 2025 commune that took it over "
            + "({commune, province?}), from 2025-07-01; the old locality stays in its history. Needs If-Match; "
            + "RECORDER of its agency")
    public ResponseEntity<ModelView> rehome(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody RehomeForm form) {
        return answer(commands.rehome(user, id, ifMatch, form));
    }

    @GetMapping
    @Operation(summary = "List models by agency and name; an agency sees its own (inside the token's locality), "
            + "OPS and ADMIN see all")
    public Page<ModelView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) ModelStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        ModelFilter filter = new ModelFilter(scope.agency(), type, scope.locality(), status);
        List<ModelView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<ModelView> answer(Model model) {
        return RecordedResponses.ok(model.version(), view(model));
    }

    private ModelView view(Model model) {
        return ModelView.of(model, commands.place(model), commands.history(model));
    }
}
