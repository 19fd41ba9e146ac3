package vn.antq.resilience.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.antq.resilience.Scale;

/**
 * Where the suite writes what each scenario ended with: the log, and {@code target/resilience-results.md}, one line
 * per scenario, from which {@code docs/resilience.md} quotes the last results.
 */
public final class Results {

    private static final Logger log = LoggerFactory.getLogger(Results.class);
    private static final Path FILE = Path.of("target", "resilience-results.md");

    private Results() {
    }

    public static synchronized void record(String line) {
        log.info("RESULT {}", line);
        String entry = "- " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " (" + Scale.name() + ") " + line + "\n";
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, entry, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
