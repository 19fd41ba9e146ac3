package vn.antq.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.antq.bench.support.Platform;

/**
 * The command line of one benchmark: {@code <scenario> [--full] [--name=value ...]}. Each scenario has quick
 * defaults (the whole set runs in well under 15 minutes on two cores) and the sizes with {@code --full};
 * any size can be set by name ({@code --n=20000}, {@code --rates=100,200}).
 */
public record BenchOptions(String scenario, boolean full, Map<String, String> values) {

    public static final List<String> SCENARIOS = List.of("ingest", "projection", "freshness", "queries", "rebuild");

    static final String USAGE = """
            usage: bench/run.sh <scenario|all> [--full] [--name=value ...]
              1 ingest      N activities through event-service: POST with C clients, and bulk import
                            --n (10000 | full 100000) --clients (8) --import-n (20000 | full 100000)
                            --file-rows (5000) --publish-timeout-s (300)
                            --periods (spread | few: the POSTs in turn in 12 periods of one unit)
              2 projection  analytics-service applying N pre-loaded events vs a plain consumer + bulk upserts
                            --n (30000 | full 100000) --warmup (10000 | full 20000) --rounds (2)
                            --order (random | chronological: dates in order, as a live feed brings them)
                            --cell (spread | hot: every event of a round in one cell; results 2-projection-hot-cell)
              3 freshness   POST 201 -> analytics totals include it, at steady offered loads
                            --rates (25,50,100,200 | full 50,100,200,500,1000) --seconds (15 | full 60)
              4 queries     answers' latency vs data size, next to aggregating raw activities on demand
                            --sizes (10000,100000 | full 10000,100000,1000000) --samples (20)
              5 rebuild     replay N events into fresh projections
                            --n (50000 | full 1000000) --order (random | chronological)
                            --live (apply: the live consumer applies them first, answers compared | skip: only
                            published, the rebuild starts from empty projections with no live consumer running,
                            activities counted)
            common: --mongo=memory|file|<mongodb:// URI> (memory)  --kafka=<bootstrap servers> (in-process)
                    --label=TEXT (results file suffix)  --results=DIR (bench/results)
                    --set.<property>=<value> (a setting for the services started, e.g. a consumer setting)
                    A server named by --mongo or --kafka is the bench's for the run: it drops the databases named
                    antq_* and bench_* and deletes and recreates the platform's topics first.
            """;

    private static final Set<String> COMMON = Set.of("mongo", "kafka", "label", "results");
    /** {@code --set.<property>=<value>}: a property for the services started, to try a setting without editing it. */
    private static final String SET = "set.";

    public static BenchOptions parse(String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException("Which scenario? One of " + SCENARIOS);
        }
        String scenario = scenario(args[0]);
        boolean full = false;
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : Arrays.asList(args).subList(1, args.length)) {
            if (arg.equals("--full")) {
                full = true;
            } else if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'");
            }
        }
        return new BenchOptions(scenario, full, Map.copyOf(values));
    }

    /** A scenario by name or by its number in the issue (1-5). */
    static String scenario(String given) {
        if (given.matches("[1-5]")) {
            return SCENARIOS.get(Integer.parseInt(given) - 1);
        }
        if (!SCENARIOS.contains(given)) {
            throw new IllegalArgumentException("Unknown scenario '" + given + "'; one of " + SCENARIOS + " or 1-5");
        }
        return given;
    }

    public int number() {
        return SCENARIOS.indexOf(scenario) + 1;
    }

    public int integer(String name, int quick, int fullSize) {
        String value = values.get(name);
        return value == null ? (full ? fullSize : quick) : Integer.parseInt(value.replace("_", ""));
    }

    public List<Integer> integers(String name, List<Integer> quick, List<Integer> fullSizes) {
        String value = values.get(name);
        if (value == null) {
            return full ? fullSizes : quick;
        }
        return Arrays.stream(value.split(",")).map(String::trim).map(v -> Integer.parseInt(v.replace("_", ""))).toList();
    }

    /**
     * The in-process MongoDB-wire server keeps its data in memory (default) or in an H2 file, as the local stack does;
     * false too when {@code --mongo} names a server ({@link #mongoUri()}).
     */
    public boolean mongoInFile() {
        String mongo = values.getOrDefault("mongo", "memory");
        if (mongoUri().isEmpty() && !Set.of("memory", "file").contains(mongo)) {
            throw new IllegalArgumentException("--mongo is memory, file or a mongodb:// URI, not '" + mongo + "'");
        }
        return mongo.equals("file");
    }

    /** A MongoDB server to run against instead of the in-process one: {@code --mongo=mongodb://...}. */
    public Optional<String> mongoUri() {
        String mongo = values.getOrDefault("mongo", "memory");
        return mongo.startsWith("mongodb://") || mongo.startsWith("mongodb+srv://") ? Optional.of(mongo) : Optional.empty();
    }

    /** A Kafka cluster to run against instead of the in-process broker: {@code --kafka=host:port[,host:port]}. */
    public Optional<String> kafkaBootstrap() {
        String kafka = values.get("kafka");
        if (kafka != null && !kafka.matches("[\\w.-]+:\\d+(,[\\w.-]+:\\d+)*")) {
            throw new IllegalArgumentException("--kafka is a list of host:port, not '" + kafka + "'");
        }
        return Optional.ofNullable(kafka);
    }

    /** What the results say the run stood on: the MongoDB kind, and the broker's. */
    public String mongoDescription() {
        return mongoUri().isPresent() ? "server" : mongoInFile() ? "H2 file" : "memory";
    }

    /** The servers the run stands on, as {@code --mongo} and {@code --kafka} say. */
    public Platform.Servers servers() {
        return new Platform.Servers(mongoInFile(), mongoUri(), kafkaBootstrap());
    }

    public String kafkaDescription() {
        return kafkaBootstrap().isPresent() ? "server" : "in-process";
    }

    public String label() {
        return values.get("label");
    }

    public Path resultsDirectory() {
        return Path.of(values.getOrDefault("results", "bench/results"));
    }

    /** The {@code --set.*} options as the services' command-line arguments. */
    public String[] serviceOverrides() {
        return values.entrySet().stream().filter(entry -> entry.getKey().startsWith(SET))
                .map(entry -> "--" + entry.getKey().substring(SET.length()) + "=" + entry.getValue())
                .toArray(String[]::new);
    }

    /** Options a scenario does not know are mistakes, not silently ignored. */
    public void requireKnown(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name) && !COMMON.contains(name) && !name.startsWith(SET)) {
                throw new IllegalArgumentException("Scenario " + scenario + " has no option --" + name);
            }
        }
    }
}
