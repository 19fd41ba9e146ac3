package vn.antq.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The portal (cổng thông tin): the one address people open, a backend-for-frontend in front of the services. */
@SpringBootApplication
public class PortalApplication {

    /** Its configuration file; named after the application so that several services can share a JVM. */
    public static final String CONFIG_NAME = "portal";

    public static void main(String[] args) {
        application().run(args);
    }

    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(PortalApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
