package vn.antq.models;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.antq.testsupport.HttpApi;

@ModelServiceTest
class ModelServiceApplicationIT {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void contextLoadsAgainstTheEmbeddedInfrastructure() {
        assertThat(context.getBean(ModelServiceApplication.class)).isNotNull();
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        HttpApi api = new HttpApi(port);

        HttpApi.Response docs = api.request("GET", "/v3/api-docs").send();

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/models", "/api/v1/models/{id}",
                "/api/v1/models/{id}/status", "/api/v1/models/{modelId}/reports",
                "/api/v1/models/{modelId}/reports/{period}", "/api/v1/model-types");
    }
}
