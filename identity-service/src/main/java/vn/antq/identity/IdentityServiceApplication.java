package vn.antq.identity;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The OpenID Connect provider (nhà cung cấp định danh) of the platform: people, machine clients, tokens. */
@SpringBootApplication
public class IdentityServiceApplication {

    /** Its configuration file; named after the service so that several services can share a JVM. */
    public static final String CONFIG_NAME = "identity-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(IdentityServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
