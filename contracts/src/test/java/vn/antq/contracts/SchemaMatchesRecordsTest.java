package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
    void eachSchemaIsDraft2020WithAnIdNamedAfterItsType(EventContract contract) {
        JsonNode schema = SchemaFiles.load(contract.schemaPath());

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(ContractSchemas.ID_PREFIX + contract.type() + ".json");
        assertThat(schema.has("additionalProperties")).as("top level stays open for added fields").isFalse();
    }

    @ParameterizedTest
    @EnumSource(EventContract.class)
    void aTypeSchemaThatNarrowsItsStateOnlyNarrowsFieldsThatExist(EventContract contract) {
        JsonNode own = SchemaFiles.load(contract.schemaPath()).get("properties");

        assertThat(Set.copyOf(NullableFields.fields(contract.bodyClass()))).containsAll(own.propertyNames());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }
}
