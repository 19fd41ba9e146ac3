package vn.antq.kit.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A refusal a controller or service throws on purpose; the kit's problem handler renders it as
 * problem+json in the user's language. Use the factories; each names the message code it resolves.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final ProblemType type;
    private final Text detail;
    private final List<FieldProblem> fieldProblems;
    private final Map<String, Object> properties;
    private final HttpHeaders headers;

    public ApiException(HttpStatus status, ProblemType type, Text detail, List<FieldProblem> fieldProblems,
            Map<String, Object> properties, HttpHeaders headers) {
        super(status.value() + " " + type.slug() + ": " + detail);
        this.status = Objects.requireNonNull(status, "status");
        this.type = Objects.requireNonNull(type, "type");
        this.detail = Objects.requireNonNull(detail, "detail");
        this.fieldProblems = List.copyOf(fieldProblems);
        this.properties = Map.copyOf(properties);
        HttpHeaders copy = new HttpHeaders();
        copy.addAll(headers);
        this.headers = HttpHeaders.readOnlyHttpHeaders(copy);
    }

    /** A refusal with a ready Vietnamese and English text. */
    public static ApiException of(HttpStatus status, ProblemType type, String detailVi, String detailEn) {
        return simple(status, type, Text.of(detailVi, detailEn));
    }

    /** 400: the request's fields are invalid; every problem is listed in {@code errors}. */
    public static ApiException badRequest(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A bad request needs at least one field problem");
        }
        return new ApiException(HttpStatus.BAD_REQUEST, ProblemType.VALIDATION,
                Text.code("problem.validation.count", problems.size()), problems, Map.of(), HttpHeaders.EMPTY);
    }

    public static ApiException badRequest(FieldProblem... problems) {
        return badRequest(List.of(problems));
    }

    /**
     * 404. {@code what} is looked up as message code {@code resource.<what>} (e.g. {@code resource.activity}
     * in the service's {@code messages_vi.properties}), falling back to the word itself.
     */
    public static ApiException notFound(String what, String id) {
        return simple(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                Text.code("problem.not-found.resource", new ResourceName(what), id));
    }

    public static ApiException conflict(String code, Object... args) {
        return simple(HttpStatus.CONFLICT, ProblemType.CONFLICT, Text.code(code, args));
    }

    public static ApiException forbidden(String code, Object... args) {
        return simple(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, Text.code(code, args));
    }

    /** 428: a PUT or DELETE without {@code If-Match}. */
    public static ApiException preconditionRequired() {
        return preconditionRequired("problem.precondition-required.detail");
    }

    /** 428 with its own detail, e.g. for {@code If-Match: *}, which names no version. */
    public static ApiException preconditionRequired(String detailCode) {
        return simple(HttpStatus.PRECONDITION_REQUIRED, ProblemType.PRECONDITION_REQUIRED, Text.code(detailCode));
    }

    /** 412: {@code If-Match} names another version; the answer carries the current one and its ETag. */
    public static ApiException preconditionFailed(long currentVersion) {
        HttpHeaders headers = new HttpHeaders();
        headers.setETag(Etags.of(currentVersion));
        return new ApiException(HttpStatus.PRECONDITION_FAILED, ProblemType.PRECONDITION_FAILED,
                Text.code("problem.precondition-failed.version", String.valueOf(currentVersion)), List.of(),
                Map.of("currentVersion", currentVersion), headers);
    }

    public static ApiException unprocessable(String code, Object... args) {
        return simple(HttpStatus.UNPROCESSABLE_CONTENT, ProblemType.UNPROCESSABLE, Text.code(code, args));
    }

    /** 503 with {@code Retry-After}, e.g. while MongoDB cannot be reached. */
    public static ApiException unavailable(String code, Duration retryAfter) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ProblemType.UNAVAILABLE, Text.code(code),
                List.of(), Map.of(), headers);
    }

    private static ApiException simple(HttpStatus status, ProblemType type, Text detail) {
        return new ApiException(status, type, detail, List.of(), Map.of(), HttpHeaders.EMPTY);
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemType type() {
        return type;
    }

    public Text detail() {
        return detail;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpHeaders headers() {
        return headers;
    }
}
