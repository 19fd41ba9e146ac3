package vn.antq.kit.testapp.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny service using the kit as event-service will: for the kit's web and security integration tests. */
@SpringBootApplication
public class WebTestApplication {
}
