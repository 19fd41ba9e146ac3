package vn.antq.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** asyncapi.yaml is written by hand; these tests keep it in step with the constants and the schema files. */
class AsyncApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            document = YAMLMapper.shared().readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(document.get("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.get("defaultContentType").asString()).isEqualTo(CloudEventHeaders.CONTENT_TYPE_JSON);
    }

    @Test
    void hasOneChannelPerTopic() {
        List<String> addresses = new ArrayList<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asString()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(EventContractTest.constantsOf(Topics.class));
    }

    @Test
    void describesEveryEventTypeOnceOnTheChannelOfItsTopic() {
        Map<String, String> topicByType = new HashMap<>();
        for (JsonNode channel : document.get("channels")) {
            for (JsonNode reference : channel.get("messages")) {
                JsonNode message = follow(reference.get("$ref").asString());
                topicByType.merge(message.get("name").asString(), channel.get("address").asString(),
                        (first, second) -> "listed twice");
            }
        }

        assertThat(topicByType.keySet()).containsExactlyInAnyOrderElementsOf(EventContractTest.constantsOf(EventTypes.class));
        for (EventContract contract : EventContract.values()) {
            assertThat(topicByType.get(contract.type())).as(contract.type()).isEqualTo(contract.topic());
        }
    }

    @Test
    void eachMessagePayloadIsTheSchemaFileOfItsType() {
        for (JsonNode message : document.get("components").get("messages")) {
            String type = message.get("name").asString();
            String ref = message.get("payload").get("schema").get("$ref").asString();

            assertThat(ref).isEqualTo("./" + EventContract.of(type).orElseThrow().schemaPath());
            assertThat(getClass().getClassLoader().getResource(ref.substring(2))).as(ref).isNotNull();
            assertThat(message.get("payload").get("schemaFormat").asString()).isEqualTo("application/schema+json;version=draft-07");
        }
    }

    @Test
    void eachMessageFixesItsCeTypeHeaderAndDescribesItsKey() {
        for (JsonNode message : document.get("components").get("messages")) {
            String type = message.get("name").asString();
            JsonNode headers = message.get("headers").get("allOf");

            assertThat(headers.get(0).get("$ref").asString()).isEqualTo("#/components/schemas/cloudEventHeaders");
            assertThat(headers.get(1).get("properties").get(CloudEventHeaders.CE_TYPE).get("const").asString()).isEqualTo(type);
            assertThat(headers.get(1).get("properties").get(CloudEventHeaders.CE_DATASCHEMA).get("const").asString())
                    .isEqualTo(EventContract.of(type).orElseThrow().schemaId());
            assertThat(message.get("bindings").get("kafka").get("key").get("description").asString()).as(type).isNotBlank();
        }
    }

    @Test
    void theHeaderSchemaRequiresEveryCloudEventHeader() {
        JsonNode headers = document.get("components").get("schemas").get("cloudEventHeaders");
        List<String> required = new ArrayList<>();
        headers.get("required").forEach(name -> required.add(name.asString()));

        assertThat(required).containsExactlyInAnyOrderElementsOf(EventContractTest.constantsOf(CloudEventHeaders.class).stream()
                .filter(name -> name.startsWith("ce_") || name.equals(CloudEventHeaders.CONTENT_TYPE))
                .toList());
        assertThat(headers.get("properties").get(CloudEventHeaders.CE_SPECVERSION).get("const").asString())
                .isEqualTo(CloudEventHeaders.SPEC_VERSION);
    }

    @Test
    void everyOperationRefersToMessagesOfItsOwnChannel() {
        for (JsonNode operation : document.get("operations")) {
            String channelRef = operation.get("channel").get("$ref").asString();
            assertThat(follow(channelRef)).as(channelRef).isNotNull();
            for (JsonNode message : operation.get("messages")) {
                String ref = message.get("$ref").asString();
                assertThat(ref).startsWith(channelRef + "/messages/");
                assertThat(follow(ref)).as(ref).isNotNull();
            }
        }
    }

    /** Follows a local reference like '#/components/messages/x', through a channel's own $ref if need be. */
    private static JsonNode follow(String ref) {
        JsonNode node = document.at(ref.substring(1));
        if (node.isMissingNode()) {
            return null;
        }
        return node.has("$ref") ? follow(node.get("$ref").asString()) : node;
    }
}
