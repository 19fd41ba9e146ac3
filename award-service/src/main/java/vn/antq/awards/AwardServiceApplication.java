package vn.antq.awards;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class AwardServiceApplication {

    /** Its configuration file; named after the service so that several services can share a JVM. */
    public static final String CONFIG_NAME = "award-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(AwardServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
