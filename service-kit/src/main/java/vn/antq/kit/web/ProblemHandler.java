package vn.antq.kit.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * The one place that turns exceptions into RFC 9457 problem+json, in the caller's language: Spring MVC's
 * own (through {@link ResponseEntityExceptionHandler}), the kit's {@link ApiException}, security refusals,
 * MongoDB outages and races, and, last, anything unexpected as a 500 that says nothing about its cause.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    /** How long clients should wait before retrying while the database is unreachable. */
    static final Duration DATABASE_RETRY_AFTER = Duration.ofSeconds(10);

    static final String INSUFFICIENT_SCOPE = "Bearer error=\"insufficient_scope\"";

    private final Problems problems;

    public ProblemHandler(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    public ResponseEntity<Object> handleApiException(ApiException exception, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(exception.headers());
        if (exception.status() == HttpStatus.FORBIDDEN) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT_SCOPE);
        }
        return respond(problems.create(exception, servletRequest(request)), headers);
    }

    /** Method security ({@code @PreAuthorize}) refusing an authenticated caller. */
    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Object> handleAccessDenied(AccessDeniedException exception, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, INSUFFICIENT_SCOPE);
        return respond(problems.create(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                Text.code(ProblemType.FORBIDDEN.detailCode()), servletRequest(request)), headers);
    }

    @ExceptionHandler(AuthenticationException.class)
    public ResponseEntity<Object> handleAuthentication(AuthenticationException exception, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return respond(problems.create(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHENTICATED,
                Text.code("problem.unauthenticated.required"), servletRequest(request)), headers);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, MongoTimeoutException.class,
            MongoSocketException.class})
    public ResponseEntity<Object> handleDatabaseUnavailable(Exception exception, WebRequest request) {
        log.warn("Database unavailable for {}: {}", servletRequest(request).getRequestURI(), exception.toString());
        ApiException unavailable = ApiException.unavailable("problem.unavailable.database", DATABASE_RETRY_AFTER);
        return respond(problems.create(unavailable, servletRequest(request)), unavailable.headers());
    }

    /** Two writers raced for the same id or the same version; the loser may re-read and retry. */
    @ExceptionHandler({DuplicateKeyException.class, OptimisticLockingFailureException.class})
    public ResponseEntity<Object> handleRace(Exception exception, WebRequest request) {
        log.info("Conflicting write on {}: {}", servletRequest(request).getRequestURI(), exception.toString());
        String code = exception instanceof DuplicateKeyException ? "problem.conflict.duplicate"
                : "problem.conflict.concurrent-change";
        return respond(problems.create(HttpStatus.CONFLICT, ProblemType.CONFLICT, Text.code(code),
                servletRequest(request)), HttpHeaders.EMPTY);
    }

    /** Bean validation of a service method ({@code @Validated}) outside request binding. */
    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException exception,
            WebRequest request) {
        List<FieldProblem> fields = exception.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(path(violation), Text.of(violation.getMessage(),
                        violation.getMessage())))
                .toList();
        return respond(problems.create(ApiException.badRequest(fields), servletRequest(request)), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception exception, WebRequest request) {
        HttpServletRequest servletRequest = servletRequest(request);
        BodyTooLargeException tooLarge = UnreadableBody.find(exception, BodyTooLargeException.class);
        if (tooLarge != null) {
            return respond(tooLarge(tooLarge.limit(), servletRequest), HttpHeaders.EMPTY);
        }
        log.error("Unexpected failure on {} {}", servletRequest.getMethod(), servletRequest.getRequestURI(), exception);
        return respond(problems.create(HttpStatus.INTERNAL_SERVER_ERROR, ProblemType.INTERNAL,
                Text.code(ProblemType.INTERNAL.detailCode()), servletRequest), HttpHeaders.EMPTY);
    }

    /** Spring MVC's exceptions arrive here with their status and headers (e.g. {@code Allow} for 405). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && servlet.getResponse().isCommitted()) {
            return null;
        }
        HttpServletRequest servletRequest = servletRequest(request);
        ProblemDetail problem = describe(exception, status, servletRequest);
        if (problem.getStatus() >= 500) {
            log.error("Failure on {} {}", servletRequest.getMethod(), servletRequest.getRequestURI(), exception);
        }
        return respond(problem, headers);
    }

    private ProblemDetail describe(Exception exception, HttpStatusCode status, HttpServletRequest request) {
        if (exception instanceof MethodArgumentNotValidException invalid) {
            return validation(invalidFields(invalid), request);
        }
        if (exception instanceof HandlerMethodValidationException invalid) {
            return validation(invalidParameters(invalid), request);
        }
        if (exception instanceof HttpMessageNotReadableException unreadable) {
            BodyTooLargeException tooLarge = UnreadableBody.find(unreadable, BodyTooLargeException.class);
            if (tooLarge != null) {
                return tooLarge(tooLarge.limit(), request);
            }
            UnreadableBody.Described described = UnreadableBody.describe(unreadable);
            return problems.create(HttpStatus.BAD_REQUEST, described.type(),
                    Text.code(described.type().detailCode()), List.of(described.problem()), request);
        }
        if (exception instanceof TypeMismatchException mismatch) {
            return validation(List.of(typeMismatch(mismatch)), request);
        }
        if (exception instanceof MissingServletRequestParameterException missing) {
            return validation(List.of(FieldProblem.coded(missing.getParameterName(), "validation.required")), request);
        }
        if (exception instanceof MissingRequestHeaderException missing) {
            return validation(List.of(FieldProblem.coded(missing.getHeaderName(), "validation.required")), request);
        }
        if (exception instanceof MissingServletRequestPartException missing) {
            return validation(List.of(FieldProblem.coded(missing.getRequestPartName(), "validation.required")),
                    request);
        }
        if (exception instanceof MissingPathVariableException missing && missing.isMissingAfterConversion()) {
            return validation(List.of(FieldProblem.coded(missing.getVariableName(), "validation.required")), request);
        }
        if (exception instanceof HttpRequestMethodNotSupportedException notSupported) {
            return problems.create(status, ProblemType.METHOD_NOT_ALLOWED, Text.code(
                    "problem.method-not-allowed.method", notSupported.getMethod(),
                    String.join(", ", orEmpty(notSupported.getSupportedMethods()))), request);
        }
        if (exception instanceof HttpMediaTypeNotSupportedException notSupported) {
            String given = notSupported.getContentType() == null ? "-" : notSupported.getContentType().toString();
            return problems.create(status, ProblemType.UNSUPPORTED_MEDIA_TYPE, Text.code(
                    "problem.unsupported-media-type.content-type", given,
                    MediaType.toString(notSupported.getSupportedMediaTypes())), request);
        }
        if (exception instanceof HttpMediaTypeNotAcceptableException notAcceptable) {
            return problems.create(status, ProblemType.NOT_ACCEPTABLE, Text.code("problem.not-acceptable.supported",
                    MediaType.toString(notAcceptable.getSupportedMediaTypes())), request);
        }
        if (exception instanceof NoResourceFoundException || exception instanceof NoHandlerFoundException) {
            return problems.create(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                    Text.code("problem.not-found.path", request.getRequestURI()), request);
        }
        if (exception instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge.getMaxUploadSize(), request);
        }
        ProblemType type = ProblemType.forStatus(status.value());
        return problems.create(status, type, Text.code(type.detailCode()), request);
    }

    private ProblemDetail validation(List<FieldProblem> fields, HttpServletRequest request) {
        if (fields.isEmpty()) {
            return problems.create(HttpStatus.BAD_REQUEST, ProblemType.BAD_REQUEST,
                    Text.code(ProblemType.BAD_REQUEST.detailCode()), request);
        }
        return problems.create(ApiException.badRequest(fields), request);
    }

    private ProblemDetail tooLarge(long limit, HttpServletRequest request) {
        String readable = limit > 0 ? BodySizeLimitFilter.readable(limit) : "-";
        return problems.create(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                Text.code("problem.payload-too-large.limit", readable), request);
    }

    /** Every field error, then every error about the object as a whole (field null). */
    private static List<FieldProblem> invalidFields(MethodArgumentNotValidException invalid) {
        List<FieldProblem> fields = new ArrayList<>();
        for (FieldError error : invalid.getBindingResult().getFieldErrors()) {
            fields.add(FieldProblem.of(error.getField(), error));
        }
        for (ObjectError error : invalid.getBindingResult().getGlobalErrors()) {
            fields.add(FieldProblem.of(null, error));
        }
        return fields;
    }

    private static List<FieldProblem> invalidParameters(HandlerMethodValidationException invalid) {
        List<FieldProblem> fields = new ArrayList<>();
        invalid.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> {
            String name = error instanceof FieldError fieldError ? fieldError.getField()
                    : parameterName(result.getMethodParameter());
            fields.add(FieldProblem.of(name, error));
        }));
        invalid.getCrossParameterValidationResults().forEach(error -> fields.add(FieldProblem.of(null, error)));
        return fields;
    }

    private static FieldProblem typeMismatch(TypeMismatchException mismatch) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        Class<?> required = mismatch.getRequiredType();
        if (required != null && required.isEnum()) {
            return FieldProblem.coded(name, "validation.enum", Choices.of(required));
        }
        if (required == null) {
            return FieldProblem.coded(name, "validation.invalid-value");
        }
        return FieldProblem.coded(name, "validation.type", new UnreadableBody.TypeName(UnreadableBody.typeCode(required)));
    }

    /** The name a client uses: the {@code @RequestParam}, {@code @PathVariable} or header name. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    /** The property path of a violation without the method and parameter prefix of method validation. */
    private static String path(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(node.getName());
                    }
                    if (node.getIndex() != null) {
                        path.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        return path.isEmpty() ? parameter : path.toString();
    }

    private static String[] orEmpty(String[] values) {
        return values == null ? new String[0] : values;
    }

    private ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problems.body(problem));
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }
}
