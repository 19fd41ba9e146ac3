package vn.antq.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import vn.antq.testsupport.TestTokens;
import vn.antq.testsupport.WithContainerInfrastructure;

@SpringBootTest(properties = {
        "spring.config.name=" + ModelServiceApplication.CONFIG_NAME,
        TestTokens.NO_JWK_SET_PROPERTY, TestTokens.PUBLIC_KEY_PROPERTY,
                TestTokens.ISSUER_PROPERTY})
@WithContainerInfrastructure
class ModelServiceApplicationContainersIT {

    @Autowired
    ApplicationContext context;

    @Test
    void contextLoadsAgainstRealMongoDbAndKafka() {
        assertThat(context.getBean(ModelServiceApplication.class)).isNotNull();
    }
}
