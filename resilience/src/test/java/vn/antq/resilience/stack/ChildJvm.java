package vn.antq.resilience.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own, started from this test JVM's class path, so that a test can kill it without warning
 * ({@link #kill()}: SIGKILL, the process gets no chance to finish anything) or stop it politely
 * ({@link #stop()}: SIGTERM, shutdown hooks run). Its output goes to a log file; {@link ParentWatch} makes it exit
 * when this JVM dies, so that no broker or service outlives a crashed test run.
 */
final class ChildJvm {

    private final String name;
    private final Process process;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
    }

    static ChildJvm start(String name, String mainClass, List<String> jvmOptions, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        // Under failsafe this is a manifest-only jar whose Class-Path lists the test class path: it works as well.
        command.add(System.getProperty("java.class.path"));
        command.add(ParentWatch.class.getName());
        command.add(mainClass);
        command.addAll(args);
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildJvm(name, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: the process dies where it stands, mid-batch, mid-write, without any shutdown hook. */
    void kill() {
        process.destroyForcibly();
        awaitExit(30);
    }

    /** SIGTERM: shutdown hooks run (a service leaves its consumer group, a broker shuts down cleanly). */
    void stop() {
        process.destroy();
        if (!awaitExit(60)) {
            kill();
        }
    }

    private boolean awaitExit(int seconds) {
        try {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name + " to exit", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + process.pid() + (process.isAlive() ? "" : ", exited " + process.exitValue()) + ")";
    }
}
