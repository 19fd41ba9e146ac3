package vn.antq.infra;

import java.nio.file.Path;

/** A MongoDB-wire server alone in a JVM of its own, so that a test can kill that JVM without warning. */
public final class MongoServerProcess {

    static final String READY = "mongo-ready";

    private MongoServerProcess() {
    }

    /** Arguments: the data directory and the port. */
    public static void main(String[] args) throws InterruptedException {
        InProcessMongo.start(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println(READY);
        System.out.flush();
        Thread.currentThread().join();
    }
}
