package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

/** The schemas are written by hand; these tests keep them in step with the records. */
class SchemaMatchesRecordsTest {

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void theSchemaDescribesExactlyTheFieldsOfTheRecord(EventContract contract) {
        JsonNode properties = SchemaFiles.definitionOf(contract).node().get("properties");

        assertThat(properties.propertyNames()).containsExactlyInAnyOrderElementsOf(NullableFields.fields(contract.bodyClass()));
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void theSchemaRequiresExactlyTheFieldsThatCannotBeNull(EventContract contract) {
        JsonNode required = SchemaFiles.definitionOf(contract).node().get("required");

        assertThat(texts(required)).containsExactlyInAnyOrderElementsOf(NullableFields.required(contract.bodyClass()));
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void everyEnumFieldListsExactlyTheConstantsOfItsJavaEnum(EventContract contract) {
        SchemaFiles.Definition definition = SchemaFiles.definitionOf(contract);
        for (RecordComponent component : contract.bodyClass().getRecordComponents()) {
            if (component.getType().isEnum()) {
                List<String> constants = Stream.of(component.getType().getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();

                assertThat(texts(definition.property(component.getName()).node().get("enum")))
                        .as(component.getName())
                        .containsExactlyElementsOf(constants);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void eachSchemaIsDraft07WithAnIdNamedAfterItsType(EventContract contract) {
        JsonNode schema = SchemaFiles.load(contract.schemaPath());

        assertThat(schema.get("$schema").asString()).isEqualTo("http://json-schema.org/draft-07/schema#");
        assertThat(schema.get("$id").asString()).isEqualTo(ContractSchemas.ID_PREFIX + contract.type() + ".json");
        assertThat(schema.has("additionalProperties")).as("top level stays open for added fields").isFalse();
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void aTypeSchemaThatNarrowsItsStateOnlyNarrowsFieldsThatExist(EventContract contract) {
        JsonNode own = SchemaFiles.load(contract.schemaPath()).get("properties");

        assertThat(Set.copyOf(NullableFields.fields(contract.bodyClass()))).containsAll(own.propertyNames());
    }

    /**
     * Under draft-07 (and for the AsyncAPI parser, which replaces a {@code $ref} object by its target) a keyword
     * beside {@code $ref} is silently dropped: a narrowing must sit in an {@code allOf} next to the reference.
     */
    @Test
    void noSchemaFilePutsAKeywordBesideARef() {
        Deque<String> toVisit = new ArrayDeque<>(Arrays.stream(EventContract.values()).map(EventContract::schemaPath).toList());
        Set<String> visited = new HashSet<>();
        List<String> offenders = new ArrayList<>();
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            if (visited.add(path)) {
                collectRefs(path, "#", SchemaFiles.load(path), offenders, toVisit);
            }
        }

        assertThat(visited).contains("schemas/defs/common.v1.json", "schemas/defs/activity.v1.json", "schemas/defs/model.v1.json");
        assertThat(offenders).isEmpty();
    }

    private static void collectRefs(String path, String pointer, JsonNode node, List<String> offenders, Deque<String> toVisit) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                if (node.size() > 1) {
                    offenders.add(path + pointer + " has " + node.propertyNames() + " beside $ref");
                }
                String file = node.get("$ref").asString().split("#", 2)[0];
                if (!file.isEmpty()) {
                    toVisit.push(path.substring(0, path.lastIndexOf('/') + 1) + file);
                }
            }
            for (String name : node.propertyNames()) {
                collectRefs(path, pointer + "/" + name, node.get(name), offenders, toVisit);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(path, pointer + "/" + i, node.get(i), offenders, toVisit);
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
