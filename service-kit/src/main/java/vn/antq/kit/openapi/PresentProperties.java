package vn.antq.kit.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The {@code required} list of every answer's schema: a record's component is always written (null or not) unless
 * {@code @JsonInclude} leaves it out when empty, and then it is still always there when it is a primitive. The
 * model converter notes, for each record, the properties always present; once the document is built, the schemas
 * that only answers use get them as their {@code required} list. A schema a request body uses (a form) is left
 * alone: which of its fields a request must give is the validation's business, not the JSON shape's.
 */
public class PresentProperties implements ModelConverter, GlobalOpenApiCustomizer {

    static final String PRESENT = "x-antq-present";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema schema = chain.next().resolve(type, context, chain);
        if (schema == null || type.getType() == null) {
            return schema;
        }
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (raw == null || !raw.isRecord()) {
            return schema;
        }
        Schema model = schema;
        if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
            model = context.getDefinedModels().get(schema.get$ref().substring(SCHEMAS.length()));
        }
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        JsonInclude classInclusion = raw.getAnnotation(JsonInclude.class);
        List<String> present = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            String name = jsonName(component);
            if (model.getProperties().containsKey(name) && alwaysWritten(component, classInclusion)) {
                present.add(name);
            }
        }
        model.addExtension(PRESENT, present);
        return schema;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null && component.getAccessor() != null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static boolean alwaysWritten(RecordComponent component, JsonInclude classInclusion) {
        JsonInclude inclusion = component.getAnnotation(JsonInclude.class);
        if (inclusion == null && component.getAccessor() != null) {
            inclusion = component.getAccessor().getAnnotation(JsonInclude.class);
        }
        JsonInclude.Include include = inclusion != null && inclusion.value() != JsonInclude.Include.USE_DEFAULTS
                ? inclusion.value()
                : classInclusion != null ? classInclusion.value() : JsonInclude.Include.ALWAYS;
        return switch (include) {
            case ALWAYS, USE_DEFAULTS -> true;
            case NON_NULL, NON_ABSENT -> component.getType().isPrimitive();
            default -> false;
        };
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        Set<String> requested = new HashSet<>();
        Set<String> answered = new HashSet<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null) {
                    reach(content(operation.getRequestBody().getContent()), schemas, requested);
                }
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(p -> reach(p.getSchema() == null ? List.of() : List.of(p.getSchema()),
                            schemas, requested));
                }
                answers(operation).forEach(schema -> reach(List.of(schema), schemas, answered));
            }));
        }
        schemas.forEach((name, schema) -> {
            Object present = schema.getExtensions() == null ? null : schema.getExtensions().remove(PRESENT);
            if (schema.getExtensions() != null && schema.getExtensions().isEmpty()) {
                schema.setExtensions(null);
            }
            if (present instanceof List<?> names && !names.isEmpty() && answered.contains(name)
                    && !requested.contains(name) && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
                List<String> required = new ArrayList<>();
                names.forEach(n -> required.add(n.toString()));
                schema.setRequired(required);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> answers(Operation operation) {
        List<Schema> found = new ArrayList<>();
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> found.addAll(content(response.getContent())));
        }
        return found;
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> content(Content content) {
        List<Schema> found = new ArrayList<>();
        if (content != null) {
            content.values().forEach(media -> {
                if (media.getSchema() != null) {
                    found.add(media.getSchema());
                }
            });
        }
        return found;
    }

    /** Every component schema reachable from {@code roots}, by name. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void reach(Collection<Schema> roots, Map<String, Schema> schemas, Set<String> names) {
        Deque<Schema> todo = new ArrayDeque<>(roots);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema == null || !seen.add(schema)) {
                continue;
            }
            if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
                String name = schema.get$ref().substring(SCHEMAS.length());
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                todo.addAll(((Map<String, Schema>) schema.getProperties()).values());
            }
            if (schema.getItems() != null) {
                todo.push(schema.getItems());
            }
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                todo.push(additional);
            }
            for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getOneOf(), schema.getAnyOf()}) {
                if (composed != null) {
                    todo.addAll(composed);
                }
            }
        }
    }
}
