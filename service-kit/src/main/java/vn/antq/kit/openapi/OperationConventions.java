package vn.antq.kit.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

/**
 * The responses every handler really answers, from what the kit does around it: a problem+json answer for each
 * refusal that can reach it, and the headers of its successful answer. The rules, by what the handler declares:
 * <ul>
 * <li>every operation: 401 and 403 when the document requires a token, 503 with {@code Retry-After};</li>
 * <li>a body, a query or header parameter (but If-Match), a path variable that is not plain text: 400; a path
 * variable: 404; a body: 413 and 415; any method but GET: 409;</li>
 * <li>an {@code Idempotency-Key} header: 422 (the key reused for another request) and, when the handler can set
 * headers (it answers a {@code ResponseEntity}), {@code Idempotent-Replayed} on its success;</li>
 * <li>an {@code If-Match} header: marked required, 412 and 428, and {@code ETag} on the success; except on a
 * {@link Creates} handler, where it is optional and asks for a correction of the existing resource;</li>
 * <li>{@link Creates}: 201 (or 202) with {@code Location} and {@code ETag}; {@link Versioned}: {@code ETag} and
 * 304 to {@code If-None-Match};</li>
 * <li>the operationId: {@code <resource><Method>}, the resource named by the controller class
 * ({@code ActivityController.record} is {@code activityRecord}), or the method's name alone when it starts with the
 * resource ({@code ParticipationController.participation} is {@code participation}), unless
 * {@code @Operation(operationId)} names one.</li>
 * </ul>
 * Every problem response refers to the shared {@code Problem} schema through {@code #/components/responses}, which
 * {@link ProblemDocuments} adds to the document.
 */
public class OperationConventions implements GlobalOperationCustomizer {

    static final String IF_MATCH = HttpHeaders.IF_MATCH;
    static final String IF_NONE_MATCH = HttpHeaders.IF_NONE_MATCH;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    /** Header parameters that OpenAPI ignores (the media types, the security scheme say it). */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Method method = handler.getMethod();
        RequestMethod verb = verb(method);
        Creates creates = AnnotatedElementUtils.findMergedAnnotation(method, Creates.class);
        boolean versioned = AnnotatedElementUtils.hasAnnotation(method, Versioned.class);
        boolean setsHeaders = HttpEntity.class.isAssignableFrom(method.getReturnType());

        if (operation.getParameters() != null) {
            operation.getParameters().removeIf(p -> "header".equals(p.getIn())
                    && IGNORED_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT)));
            if (operation.getParameters().isEmpty()) {
                operation.setParameters(null);
            }
        }
        Parameter ifMatch = header(operation, IF_MATCH);
        Parameter idempotencyKey = header(operation, IDEMPOTENCY_KEY);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathVariable = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
        // What can be malformed: a body, a query or header parameter (not the preconditions: a wrong If-Match is a
        // 412), a path variable of another type than text.
        boolean hasInput = hasBody || (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "path".equals(p.getIn()) ? !isText(p) : !IF_MATCH.equalsIgnoreCase(p.getName())));

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (ok == null) {
            ok = new ApiResponse().description("OK");
        }
        if (ok.getDescription() == null || ok.getDescription().isBlank() || "OK".equals(ok.getDescription())) {
            ok.setDescription("OK");
        }
        ApiResponses answered = new ApiResponses();

        if (creates != null) {
            ApiResponse created = new ApiResponse()
                    .description(creates.status() == 202 ? "Accepted: the work goes on; follow Location"
                            : "Created; Location names the new resource")
                    .content(ok.getContent());
            created.addHeaderObject(HttpHeaders.LOCATION, refHeader(HttpHeaders.LOCATION));
            if (creates.etag()) {
                created.addHeaderObject(HttpHeaders.ETAG, refHeader(HttpHeaders.ETAG));
            }
            if (creates.replays() || (idempotencyKey != null && setsHeaders)) {
                created.addHeaderObject(IDEMPOTENT_REPLAYED, refHeader(IDEMPOTENT_REPLAYED));
            }
            if (ifMatch != null) {
                ifMatch.setDescription("Optional: the current version of the existing resource, to correct it (200) "
                        + "instead of creating it");
                ok.setDescription("Corrected: the existing resource, at its next version");
                withSuccessHeaders(ok, true, idempotencyKey != null && setsHeaders);
                answered.addApiResponse("200", ok);
            }
            answered.addApiResponse(String.valueOf(creates.status()), created);
        } else {
            boolean etag = setsHeaders && (versioned || ifMatch != null);
            withSuccessHeaders(ok, etag, idempotencyKey != null && setsHeaders);
            answered.addApiResponse("200", ok);
            if (ifMatch != null) {
                ifMatch.setRequired(true);
                ifMatch.setDescription("The current version of the resource, from its ETag (\"3\"); "
                        + "without it the answer is 428, with an older one 412");
            }
        }
        if (versioned && verb == RequestMethod.GET) {
            answered.addApiResponse("304", ref("NotModified"));
            if (header(operation, IF_NONE_MATCH) == null) {
                operation.addParametersItem(new Parameter().in("header").name(IF_NONE_MATCH).required(false)
                        .description("The ETag of a copy held: when it is current, the answer is 304 without a body")
                        .schema(ProblemDocuments.schema("string")));
            }
        }
        if (idempotencyKey != null && idempotencyKey.getDescription() == null) {
            idempotencyKey.setDescription("A key of the client's choice: the same request sent again with it is "
                    + "answered as the first time, without acting twice; the same key with another request is 422");
        }
        // Anything the handler's own annotations declared, and other 2xx/3xx, stays.
        responses.forEach((code, response) -> {
            if (!"200".equals(code) && !answered.containsKey(code)) {
                answered.addApiResponse(code, response);
            }
        });

        if (hasInput) {
            answered.addApiResponse("400", ref("BadRequest"));
        }
        answered.addApiResponse("401", ref("Unauthorized"));
        answered.addApiResponse("403", ref("Forbidden"));
        if (hasPathVariable) {
            answered.addApiResponse("404", ref("NotFound"));
        }
        if (verb != RequestMethod.GET && verb != RequestMethod.HEAD) {
            answered.addApiResponse("409", ref("Conflict"));
        }
        if (ifMatch != null) {
            answered.addApiResponse("412", ref("PreconditionFailed"));
        }
        if (hasBody) {
            answered.addApiResponse("413", ref("ContentTooLarge"));
            answered.addApiResponse("415", ref("UnsupportedMediaType"));
        }
        if (idempotencyKey != null) {
            answered.addApiResponse("422", ref("UnprocessableContent"));
        }
        if (ifMatch != null && creates == null) {
            answered.addApiResponse("428", ref("PreconditionRequired"));
        }
        answered.addApiResponse("503", ref("ServiceUnavailable"));
        operation.setResponses(sorted(answered));

        io.swagger.v3.oas.annotations.Operation declared = AnnotatedElementUtils.findMergedAnnotation(method,
                io.swagger.v3.oas.annotations.Operation.class);
        if (declared == null || declared.operationId().isBlank()) {
            operation.setOperationId(operationId(handler.getBeanType(), method.getName()));
        }
        return operation;
    }

    /** {@code ActivityController.record}: {@code activityRecord}; {@code ParticipationController.participation}: {@code participation}. */
    static String operationId(Class<?> controller, String methodName) {
        String resource = controller.getSimpleName().replaceFirst("Controller$", "");
        String noun = Character.toLowerCase(resource.charAt(0)) + resource.substring(1);
        if (resource.isEmpty() || methodName.toLowerCase(Locale.ROOT).startsWith(noun.toLowerCase(Locale.ROOT))) {
            return methodName;
        }
        return noun + Character.toUpperCase(methodName.charAt(0)) + methodName.substring(1);
    }

    private static boolean isText(Parameter parameter) {
        if (parameter.getSchema() == null) {
            return true;
        }
        Object type = parameter.getSchema().getType();
        Set<?> types = parameter.getSchema().getTypes();
        boolean string = "string".equals(type) || (types != null && types.size() == 1 && types.contains("string"));
        return string && parameter.getSchema().getFormat() == null && parameter.getSchema().getEnum() == null
                && parameter.getSchema().getPattern() == null;
    }

    private static void withSuccessHeaders(ApiResponse response, boolean etag, boolean replayed) {
        if (etag) {
            response.addHeaderObject(HttpHeaders.ETAG, refHeader(HttpHeaders.ETAG));
        }
        if (replayed) {
            response.addHeaderObject(IDEMPOTENT_REPLAYED, refHeader(IDEMPOTENT_REPLAYED));
        }
    }

    private static ApiResponses sorted(ApiResponses responses) {
        List<String> codes = new ArrayList<>(responses.keySet());
        codes.sort(String::compareTo);
        ApiResponses sorted = new ApiResponses();
        codes.forEach(code -> sorted.addApiResponse(code, responses.get(code)));
        return sorted;
    }

    private static Parameter header(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> "header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static RequestMethod verb(Method method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping == null || mapping.method().length == 0 ? RequestMethod.GET : mapping.method()[0];
    }

    private static ApiResponse ref(String response) {
        return new ApiResponse().$ref("#/components/responses/" + response);
    }

    private static Header refHeader(String header) {
        return new Header().$ref("#/components/headers/" + header);
    }
}
