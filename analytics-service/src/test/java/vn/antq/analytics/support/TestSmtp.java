package vn.antq.analytics.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One real SMTP server (GreenMail) per test JVM on a free port, and the service's mail sender pointed at it, in the
 * one application context every integration test shares (Spring Boot's own sender stands back for this one). A test
 * may stop the server, so that connections are refused, and start it again on the same port.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server;

    @Bean
    JavaMailSenderImpl mailSender() {
        start();
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(PORT);
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "3000");
        properties.setProperty("mail.smtp.timeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** The running server; started if it is not. */
    public static synchronized GreenMail server() {
        start();
        return server;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: its port refuses connections until {@link #start()}; what it received is forgotten. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
