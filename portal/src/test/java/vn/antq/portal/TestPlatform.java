package vn.antq.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.springframework.context.ConfigurableApplicationContext;

import vn.antq.identity.IdentityServiceApplication;
import vn.antq.testsupport.TestInfrastructure;

/**
 * What the portal's tests run against, started once per test JVM: identity-service itself (in this JVM, on its
 * own port, with its own database on the in-process MongoDB-wire server) and a stub of the services behind the
 * portal. The portal's port is chosen first, because the provider must know where to send people back to.
 */
public final class TestPlatform {

    public static final int PORTAL_PORT = freePort();
    private static ConfigurableApplicationContext identity;
    private static int identityPort;
    private static StubBackend backend;

    private TestPlatform() {
    }

    public static synchronized ConfigurableApplicationContext identity() {
        if (identity == null) {
            identityPort = freePort();
            String portal = portalUrl();
            identity = IdentityServiceApplication.application().run(
                    "--server.port=" + identityPort,
                    "--spring.mongodb.uri=" + TestInfrastructure.mongoConnectionString(),
                    "--spring.mongodb.database=portal_it_identity",
                    "--antq.identity.issuer=" + identityUrl(),
                    "--antq.identity.portal.redirect-uris=" + portal + "/login/oauth2/code/antq",
                    "--antq.identity.portal.post-logout-redirect-uris=" + portal + "/");
            Runtime.getRuntime().addShutdownHook(new Thread(identity::close));
        }
        return identity;
    }

    public static String identityUrl() {
        identityPortChosen();
        return "http://localhost:" + identityPort;
    }

    public static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }

    public static synchronized StubBackend backend() {
        if (backend == null) {
            backend = new StubBackend();
            Runtime.getRuntime().addShutdownHook(new Thread(backend::close));
        }
        return backend;
    }

    private static void identityPortChosen() {
        if (identityPort == 0) {
            throw new IllegalStateException("identity-service is not started yet");
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
