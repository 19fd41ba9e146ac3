package vn.antq.contracts.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.node.ObjectNode;
import vn.antq.contracts.ContractSchemas;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.EventTypes;
import vn.antq.contracts.Samples;
import vn.antq.contracts.Topics;

class UserEventTest {

    private static final ContractSchemas SCHEMAS = new ContractSchemas();
    private static final EventJson JSON = new EventJson();
    private static final List<String> SECRETS = List.of("password", "passwordHash", "totpSecret", "secret");

    @Test
    void travelsOnTheUserTopicKeyedByUsername() {
        assertThat(EventContract.of(EventTypes.USER_CHANGED)).contains(EventContract.USER_CHANGED);
        assertThat(EventContract.USER_CHANGED.topic()).isEqualTo(Topics.USER).isEqualTo("antq.user.v1");
        UserEvent event = Samples.user(1, UserChange.CREATED);
        assertThat(event.kafkaKey()).isEqualTo("cb.dakbla").isEqualTo(event.username());
    }

    @Test
    void theRecordHasNoFieldForAPasswordOrSecret() {
        List<String> fields = Arrays.stream(UserEvent.class.getRecordComponents()).map(RecordComponent::getName).toList();

        assertThat(fields).noneMatch(field -> field.toLowerCase().contains("password") || field.toLowerCase().contains("secret")
                || field.toLowerCase().contains("totp") || field.toLowerCase().contains("hash"));
        assertThat(JSON.write(Samples.user(1, UserChange.CREATED)).toLowerCase()).doesNotContain("password", "secret", "totp", "hash");
    }

    @Test
    void theSchemaRefusesABodyCarryingAPasswordOrSecret() {
        for (String secret : SECRETS) {
            ObjectNode body = (ObjectNode) JSON.mapper().readTree(JSON.write(Samples.user(1, UserChange.CREATED)));
            body.put(secret, "$2a$10$abcdefghijklmnopqrstuv");

            assertThat(SCHEMAS.validate(EventTypes.USER_CHANGED, JSON.mapper().writeValueAsString(body))).as(secret).isNotEmpty();
        }
    }

    @Test
    void aProvinceWideAccountHasNoLocality() {
        UserEvent provinceWide = new UserEvent("ca.tinh", 1, "bootstrap", Samples.AT, "POLICE", List.of("OPS"), null, true,
                UserChange.EXISTING);
        String json = JSON.write(provinceWide);

        assertThat(json).doesNotContain("locality");
        assertThat(SCHEMAS.validate(EventTypes.USER_CHANGED, json)).isEmpty();
        assertThat(JSON.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), UserEvent.class)).isEqualTo(provinceWide);
    }

    @Test
    void refusesMissingRolesOrBadLocality() {
        assertThatThrownBy(() -> new UserEvent("u1", 1, "a", Samples.AT, "POLICE", List.of(), null, true, UserChange.CREATED))
                .hasMessageContaining("roles");
        assertThatThrownBy(() -> new UnitLocality("6", UnitStructure.Y2025)).hasMessageContaining("locality.code");
        ObjectNode body = (ObjectNode) JSON.mapper().readTree(JSON.write(Samples.user(1, UserChange.CREATED)));
        ((ObjectNode) body.get("locality")).put("code", "6");
        assertThat(SCHEMAS.validate(EventTypes.USER_CHANGED, JSON.mapper().writeValueAsString(body))).isNotEmpty();
    }
}
