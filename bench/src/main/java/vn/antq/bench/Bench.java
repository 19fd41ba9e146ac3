package vn.antq.bench;

import java.nio.file.Path;

import vn.antq.bench.freshness.FreshnessScenario;
import vn.antq.bench.ingest.IngestScenario;
import vn.antq.bench.projection.ProjectionScenario;
import vn.antq.bench.queries.QueryCostScenario;
import vn.antq.bench.rebuild.RebuildScenario;
import vn.antq.bench.support.Result;

/**
 * Runs one benchmark scenario in this JVM, prints its tables and writes its results file. {@code bench/run.sh}
 * runs each scenario in a JVM of its own, so that one scenario's heap, threads and JIT state never colour another's.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        int status = 0;
        try {
            Result result = switch (options.scenario()) {
                case "ingest" -> IngestScenario.run(options);
                case "projection" -> ProjectionScenario.run(options);
                case "freshness" -> FreshnessScenario.run(options);
                case "queries" -> QueryCostScenario.run(options);
                case "rebuild" -> RebuildScenario.run(options);
                default -> throw new IllegalArgumentException(options.scenario());
            };
            System.out.println(result.render());
            Path file = result.write(options.resultsDirectory(), options.label());
            System.out.println("results: " + file);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            status = 2;
        } catch (Exception e) {
            System.err.println("Scenario " + options.scenario() + " failed:");
            e.printStackTrace();
            status = 1;
        }
        // The services' non-daemon threads (Kafka clients, Tomcat) must not keep the JVM alive after the result.
        System.exit(status);
    }
}
