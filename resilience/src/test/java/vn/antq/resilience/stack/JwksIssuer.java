package vn.antq.resilience.stack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.sun.net.httpserver.HttpServer;

import vn.antq.testsupport.TestTokens;

/**
 * The run's token issuer as the services see an identity provider: an RSA key made for this run, whose public half
 * is served as a JWK set over real HTTP at {@code http://localhost:<port>/oauth2/jwks} (the path identity-service
 * serves it at), and an issuer {@code http://localhost:<port>}. Every service verifies tokens by fetching that JWK
 * set; the suite's tokens are signed with the private half and name its {@code kid}.
 */
public final class JwksIssuer implements AutoCloseable {

    private final KeyPair pair = TestTokens.newRsaKeyPair();
    private final String keyId = "resilience-" + UUID.randomUUID();
    private final HttpServer server;
    private final String issuer;
    private final AtomicLong jwksRequests = new AtomicLong();

    JwksIssuer(int port) {
        String jwks = new JWKSet(new RSAKey.Builder((RSAPublicKey) pair.getPublic()).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256).build()).toString();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serve the JWK set on port " + port, e);
        }
        server.createContext("/oauth2/jwks", exchange -> {
            jwksRequests.incrementAndGet();
            byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        issuer = "http://localhost:" + server.getAddress().getPort();
    }

    /** The {@code iss} the services expect. */
    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    /** The key id ({@code kid}) of the one key in the JWK set. */
    public String keyId() {
        return keyId;
    }

    public RSAPublicKey publicKey() {
        return (RSAPublicKey) pair.getPublic();
    }

    /** Tokens as the provider issues them: this run's key, its {@code kid}, this issuer, the API's audience. */
    public TestTokens tokens() {
        return TestTokens.standard().signedWith((RSAPrivateKey) pair.getPrivate()).keyId(keyId).issuer(issuer);
    }

    /** How often the services fetched the JWK set: proof that they verify by it. */
    public long jwksRequests() {
        return jwksRequests.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
