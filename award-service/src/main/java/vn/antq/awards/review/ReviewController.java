package vn.antq.awards.review;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.antq.contracts.review.ReviewKind;
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
@RequestMapping(path = "/api/v1/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reviews", description = "Hội nghị sơ kết / tổng kết: interim and final review conferences")
public class ReviewController {

    private final ReviewCommands commands;
    private final Gazetteer gazetteer;
    private final ScopeRule scopeRule;

    public ReviewController(ReviewCommands commands, Gazetteer gazetteer, ScopeRule scopeRule) {
        this.commands = commands;
        this.gazetteer = gazetteer;
        this.scopeRule = scopeRule;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a review conference (RECORDER of the organiser, or of one agency of a JOINT review)")
    @Creates
    public ResponseEntity<ReviewView> hold(AntqUser user, @RequestBody ReviewForm form,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        ReviewCommands.Recorded recorded = commands.hold(user, form, idempotencyKey);
        Review review = recorded.review();
        return RecordedResponses.created("/api/v1/reviews/" + review.id(), review.version(), recorded.replayed(),
                view(review));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a review (the agencies that held it, OPS, ADMIN)")
    @Versioned
    public ResponseEntity<ReviewView> read(AntqUser user, @PathVariable String id) {
        return answer(commands.read(user, id));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Correct a review; needs If-Match with its current version. The organiser cannot change")
    public ResponseEntity<ReviewView> correct(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ReviewForm form) {
        return answer(commands.correct(user, id, ifMatch, form));
    }

    @GetMapping
    @Operation(summary = "List reviews, most recently held first; an agency sees those it held, OPS and ADMIN all")
    public Page<ReviewView> list(AntqUser user,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) ReviewKind kind,
            @RequestParam(required = false) LocalDate heldFrom,
            @RequestParam(required = false) LocalDate heldTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        ScopeRule.Scope scope = scopeRule.scopeOf(user, agency, locality);
        ReviewFilter filter = new ReviewFilter(scope.agency(),
                scope.locality(), kind,
                heldFrom, heldTo);
        List<ReviewView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<ReviewView> answer(Review review) {
        return RecordedResponses.ok(review.version(), view(review));
    }

    private ReviewView view(Review review) {
        return ReviewView.of(review, commands.place(review.details()));
    }
}
