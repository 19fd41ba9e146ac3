package vn.antq.awards;

import static org.assertj.core.api.Assertions.assertThat;
import vn.antq.testsupport.HttpApi;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.antq.awards.award.AwardController;
import vn.antq.awards.review.ReviewController;

@AwardServiceTest
class AwardServiceApplicationIT {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void contextLoadsAgainstTheEmbeddedInfrastructure() {
        assertThat(context.getBean(ReviewController.class)).isNotNull();
        assertThat(context.getBean(AwardController.class)).isNotNull();
    }

    @Test
    void theApiIsDescribedPubliclyAndNeedsAToken() {
        HttpApi api = new HttpApi(port);

        HttpApi.Response openApi = api.get("/v3/api-docs", null);
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/reviews", "/api/v1/awards/{id}/decision", "/api/v1/awards/{id}/confer");
        HttpApi.Response anonymous = api.get("/api/v1/awards", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    }
}
