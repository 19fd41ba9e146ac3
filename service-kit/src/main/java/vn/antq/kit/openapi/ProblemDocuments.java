package vn.antq.kit.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * What {@link OperationConventions} refers to, added to every document: the one {@code Problem} schema (RFC 9457,
 * with the kit's {@code errors} list), a response per refusal in {@code application/problem+json}, the headers of
 * successful answers, and the document's contact and licence from {@link KitOpenApiProperties}.
 */
public class ProblemDocuments implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private final KitOpenApiProperties properties;

    public ProblemDocuments(KitOpenApiProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        openApi.setInfo(info);
        if (info.getContact() == null) {
            Contact contact = new Contact().name(properties.contact().name());
            if (!properties.contact().email().isBlank()) {
                contact.email(properties.contact().email());
            }
            if (!properties.contact().url().isBlank()) {
                contact.url(properties.contact().url());
            }
            info.setContact(contact);
        }
        if (info.getLicense() == null) {
            License license = new License().name(properties.license().name());
            if (!properties.license().url().isBlank()) {
                license.url(properties.license().url());
            }
            info.setLicense(license);
        }

        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(FIELD_ERROR, fieldError());
        components.addSchemas(PROBLEM, problem());

        components.addHeaders(HttpHeaders.ETAG, header("The version of the resource, quoted (\"3\"); send it back in "
                + "If-Match to change the resource, or in If-None-Match to read it only when it changed"));
        components.addHeaders(HttpHeaders.LOCATION, header("The path of the resource created"));
        components.addHeaders(OperationConventions.IDEMPOTENT_REPLAYED, header("true when this answer repeats the one "
                + "to an earlier identical request, which was acted on once")
                .schema(schema("string")._enum(List.of("true"))));
        components.addHeaders(HttpHeaders.RETRY_AFTER, header("Seconds to wait before trying again")
                .schema(schema("integer").minimum(java.math.BigDecimal.ONE)));

        problemResponse(components, "BadRequest", "Bad request: the input is malformed or invalid, field by field in `errors`");
        problemResponse(components, "Unauthorized", "No valid bearer token");
        problemResponse(components, "Forbidden", "The token's user may not do this");
        problemResponse(components, "NotFound", "No such resource");
        problemResponse(components, "Conflict", "The request conflicts with the resource's current state");
        problemResponse(components, "PreconditionFailed", "If-Match names a version that is not the current one; "
                + "ETag and currentVersion name the current one")
                .addHeaderObject(HttpHeaders.ETAG, new Header().$ref("#/components/headers/" + HttpHeaders.ETAG));
        problemResponse(components, "ContentTooLarge", "The request body is larger than the limit");
        problemResponse(components, "UnsupportedMediaType", "The request body's Content-Type is not accepted here");
        problemResponse(components, "UnprocessableContent", "The Idempotency-Key was used before for another request");
        problemResponse(components, "PreconditionRequired", "If-Match is missing (or is *): send the resource's current ETag");
        ApiResponse unavailable = problemResponse(components, "ServiceUnavailable",
                "A store or broker the service needs cannot be reached; try again after Retry-After");
        unavailable.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().$ref("#/components/headers/" + HttpHeaders.RETRY_AFTER));
        components.addResponses("NotModified", new ApiResponse().description("Not modified: the copy named by "
                + "If-None-Match is current")
                .addHeaderObject(HttpHeaders.ETAG, new Header().$ref("#/components/headers/" + HttpHeaders.ETAG)));
    }

    private static ApiResponse problemResponse(Components components, String name, String description) {
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        components.addResponses(name, response);
        return response;
    }

    private static Header header(String description) {
        return new Header().description(description).schema(schema("string"));
    }

    /** Any JSON value: a JSON tree passed through as it is stored. */
    @SuppressWarnings("rawtypes")
    static Schema anyJson() {
        Schema schema = new Schema<>().description("Any JSON value, as stored");
        schema.setTypes(new java.util.LinkedHashSet<>(List.of("object", "array", "string", "number", "boolean", "null")));
        return schema;
    }

    /** A schema of one JSON type, written the same way by an OpenAPI 3.0 and a 3.1 document. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema schema(String type) {
        Schema schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(Set.of(type));
        return schema;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", schema("string").format("uri")
                .description("What kind of problem, stable for clients to switch on: https://antq.vn/problems/<kind>"));
        properties.put("title", schema("string").description("The kind of problem in words, in the language asked for"));
        properties.put("status", schema("integer").format("int32").minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status"));
        properties.put("detail", schema("string").description("What went wrong with this request, in the language "
                + "asked for (Accept-Language: vi, the default, or en); with the fields when `errors` lists them"));
        properties.put("instance", schema("string").format("uri-reference").description("The path asked for"));
        properties.put("errors", schema("array").items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("For invalid input: one entry per field"));
        Schema problem = schema("object")
                .description("A problem (RFC 9457). Other members may follow, such as the resource's current version "
                        + "with a 412 or the existing resource with a 409")
                .properties(properties)
                .required(List.of("type", "title", "status", "detail"));
        return problem;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema fieldError() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", schema("string").description("The field: a JSON path (locality.commune, "
                + "partnerAgencies[1]), a parameter or header name; absent when the problem is with the request as a whole"));
        properties.put("message", schema("string").description("What is wrong with it, in the language asked for"));
        return schema("object").description("What is wrong with one field of a request")
                .properties(properties).required(List.of("message"));
    }
}
