package vn.antq.kit.testapp.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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

import com.mongodb.MongoTimeoutException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityProblem;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.recording.IdempotencyKeys;

/** Uses each piece of the kit the way a recording service does, over an in-memory store. */
@RestController
@RequestMapping("/api/v1/notes")
@Tag(name = "Notes", description = "A sample record kept in memory")
public class NoteController {

    private final Map<String, Note> notes = new ConcurrentHashMap<>();
    private final Gazetteer gazetteer = Gazetteer.official();

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a note")
    @Creates
    public ResponseEntity<Note> record(@Valid @RequestBody NoteRequest request, AntqUser user,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        AccessRules.requireRecorderFor(user, request.agency(), place(request.locality()));
        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        String fingerprint = IdempotencyKeys.fingerprint(request);
        Note note = notes.computeIfAbsent(id, created -> new Note(created, 1, fingerprint, request));
        IdempotencyKeys.requireSameRequest(note.fingerprint(), fingerprint);
        return ResponseEntity.created(URI.create("/api/v1/notes/" + id)).eTag(Etags.of(note.version())).body(note);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a note")
    @Versioned
    public ResponseEntity<Note> read(@PathVariable String id) {
        Note note = find(id);
        return ResponseEntity.ok().eTag(Etags.of(note.version())).body(note);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise a note; needs If-Match")
    public ResponseEntity<Note> revise(@PathVariable String id, @Valid @RequestBody NoteRequest request,
            AntqUser user, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Note current = find(id);
        Etags.requireIfMatch(ifMatch, current.version());
        AccessRules.requireRecorderFor(user, request.agency(), place(request.locality()));
        Note revised = new Note(id, current.version() + 1, IdempotencyKeys.fingerprint(request), request);
        notes.put(id, revised);
        return ResponseEntity.ok().eTag(Etags.of(revised.version())).body(revised);
    }

    @GetMapping
    @Operation(summary = "List notes")
    public List<Note> list(@RequestParam(required = false) NoteRequest.NoteKind kind,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        return notes.values().stream()
                .filter(note -> kind == null || note.content().kind() == kind)
                .filter(note -> from == null || (note.content().day() != null && !note.content().day().isBefore(from)))
                .limit(size)
                .toList();
    }

    @GetMapping("/by-day/{day}")
    @Operation(summary = "Notes of a day")
    public List<Note> byDay(@PathVariable LocalDate day) {
        return list(null, day, 500);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a note (ADMIN)")
    public ResponseEntity<Void> remove(@PathVariable String id) {
        notes.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** Counts what an import would read: bodies of any size up to the import limit. */
    @Operation(summary = "Count the bytes of an import")
    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    public Map<String, Long> importCsv(@RequestBody byte[] csv) {
        return Map.of("bytes", (long) csv.length);
    }

    /** Failures a store can meet, to check how each is answered. */
    @GetMapping("/failures/{kind}")
    @Operation(summary = "Fail as a store can")
    public Note fail(@PathVariable String kind) {
        throw switch (kind) {
            case "database-down" -> new DataAccessResourceFailureException("Timed out after 30000 ms",
                    new MongoTimeoutException("Timed out while waiting for a server"));
            case "mongo-timeout" -> new MongoTimeoutException("Timed out while waiting for a server");
            case "duplicate" -> new DuplicateKeyException("E11000 duplicate key error collection: notes");
            default -> new IllegalStateException("Secret internal detail: NullPointerException in NoteStore.java:42");
        };
    }

    private Note find(String id) {
        Note note = notes.get(id);
        if (note == null) {
            throw ApiException.notFound("note", id);
        }
        return note;
    }

    /** Unknown codes are the client's mistake, reported on the field like any other invalid value. */
    private AdminPath place(NoteRequest.Place locality) {
        String code = locality.mostSpecificCode();
        if (gazetteer.resolve(code) instanceof Resolution.Resolved resolved) {
            return resolved.path();
        }
        String field = locality.commune() != null ? LocalityProblem.COMMUNE_FIELD
                : locality.district() != null ? LocalityProblem.DISTRICT_FIELD : LocalityProblem.PROVINCE_FIELD;
        throw ApiException.badRequest(FieldProblem.of(field, "Không có đơn vị hành chính mã " + code,
                "No administrative unit has code " + code));
    }
}
