package vn.antq.models.modeltype;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.RecordedResponses;
import vn.antq.kit.web.Text;

/**
 * Loại mô hình: the kinds of model, as reference data every user reads and ADMIN extends. A POST of a
 * code that exists with the same names is answered like the first (so retries are safe); with other
 * names it is a 409: renaming is not what POST does.
 */
@RestController
@RequestMapping(path = "/api/v1/model-types", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Model types", description = "Loại mô hình tự quản: reference data, extended by ADMIN")
public class ModelTypeController {

    private final ModelTypeStore store;
    private final Clock clock;

    public ModelTypeController(ModelTypeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "All model types, by code")
    public List<ModelTypeView> list() {
        return store.all().stream().map(ModelTypeView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One model type")
    public ModelTypeView read(@PathVariable String code) {
        return store.find(code).map(ModelTypeView::of).orElseThrow(() -> ApiException.notFound("model-type", code));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a model type (ADMIN)")
    @Creates(etag = false, replays = true)
    public ResponseEntity<ModelTypeView> define(AntqUser user, @RequestBody ModelTypeForm form) {
        AccessRules.requireRole(user, Role.ADMIN);
        List<Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            throw ProblemAnswers.badRequest(problems);
        }
        ModelType type = form.toType();
        boolean replayed = !store.insert(type, user.subject(), clock.instant());
        if (replayed) {
            ModelType existing = store.find(type.code()).orElseThrow();
            if (!existing.equals(type)) {
                throw new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                        Text.code("model-type.exists", type.code()), List.of(),
                        Map.of("existing", ModelTypeView.of(existing)), HttpHeaders.EMPTY);
            }
        }
        return RecordedResponses.created("/api/v1/model-types/" + type.code(), replayed, ModelTypeView.of(type));
    }
}
