package vn.antq.bench.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * A Java Flight Recording (the JDK's low-overhead "default" settings) of one measured phase only ({@code --profile=FILE}), so that the profile shows where that
 * phase spent its CPU and not the start-up or the pre-loading. Read it with {@code jfr print} or JDK Mission Control.
 */
public final class Profile implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profile(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording if a file is given; otherwise a profile that records nothing. */
    public static Profile start(String file) {
        if (file == null) {
            return new Profile(null, null);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("default"));
            recording.start();
            return new Profile(recording, Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("The JDK's 'profile' settings do not parse", e);
        }
    }

    @Override
    public void close() {
        if (recording == null) {
            return;
        }
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
