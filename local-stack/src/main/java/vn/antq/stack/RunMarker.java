package vn.antq.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A file in the data directory that exists while a stack runs on it and is removed when it stops cleanly. Found
 * when a stack starts, it means the last run was killed (kill -9, a crash, the machine going down) rather than
 * stopped with Ctrl-C.
 */
final class RunMarker {

    static final String FILE = "stack.running";

    private final Path file;

    RunMarker(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    boolean leftBehind() {
        return Files.exists(file);
    }

    void place() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, "pid " + ProcessHandle.current().pid() + ", started " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
