package vn.antq.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;

import vn.antq.kit.security.JwtIssuer;
import vn.antq.kit.security.KitSecurityProperties;
import vn.antq.kit.security.PemKeys;

/**
 * The benchmark's own signing key, made for this run only: an RSA key pair generated when first used, its public half
 * written to a temporary PEM file that the services are given as {@code antq.security.public-key-location}. Its
 * private half never leaves this JVM; the benchmark's tokens ({@link Tokens}) are signed with it.
 */
final class RunKey {

    static final String ISSUER = "urn:antq:bench";

    private static final KeyPair PAIR = generate();
    private static final Path PUBLIC_KEY_FILE = write(PAIR);
    static final JwtIssuer ISSUER_OF_TOKENS = new JwtIssuer(PAIR.getPrivate(), ISSUER,
            KitSecurityProperties.DEFAULT_AUDIENCE);

    private RunKey() {
    }

    /** The arguments that make a service verify this run's tokens, and only them. */
    static List<String> serviceArguments() {
        return List.of("--antq.security.jwk-set-uri=",
                "--antq.security.public-key-location=" + PUBLIC_KEY_FILE.toUri(),
                "--antq.security.issuer=" + ISSUER);
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(KeyPair pair) {
        try {
            Path file = Files.createTempFile("antq-bench-public-key-", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, PemKeys.toPem(pair.getPublic()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
