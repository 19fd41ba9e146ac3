package vn.antq.activities;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class EventServiceApplication {

    /** Its configuration file; named after the service so that several services can share a JVM. */
    public static final String CONFIG_NAME = "event-service";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(EventServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
