package vn.antq.stack;

import java.nio.file.Path;

/**
 * Command-line options of the local stack; every one has a default that needs no typing. A port of 0
 * means "any free port" (the tests use it); the stack reports the ports it actually bound.
 */
public record LocalStackOptions(
        Path dataDir,
        boolean clean,
        boolean demo,
        int kafkaPort,
        int mongoPort,
        int eventServicePort,
        int modelServicePort,
        int awardServicePort,
        int analyticsServicePort,
        int identityServicePort,
        int portalPort) {

    static final String USAGE = """
            Usage: run-local.sh [--demo] [--clean] [--data-dir=PATH] [--kafka-port=N] [--mongo-port=N]
                                [--event-port=N] [--model-port=N] [--award-port=N] [--analytics-port=N]
                                [--identity-port=N] [--portal-port=N]
              --demo            load the Kon Tum 2019-2024 data set through the services' APIs (again: changes nothing)
              --clean           delete the data directory first (default: keep it, resume where it stopped)
              --data-dir=PATH   where Kafka and MongoDB keep their data (default .antq-data)
              --kafka-port=N    Kafka broker (default 9092); --mongo-port=N MongoDB-wire server (default 27017)
              --event-port=N --model-port=N --award-port=N --analytics-port=N
                                the services (defaults 8081, 8082, 8083, 8084); 0 picks a free port
              --identity-port=N identity-service, the sign-in provider (default 8085)
              --portal-port=N   the portal people open in a browser (default 8080)
            """;

    public static LocalStackOptions defaults() {
        return new LocalStackOptions(Path.of(".antq-data"), false, false, 9092, 27017, 8081, 8082, 8083, 8084, 8085,
                8080);
    }

    /** Everything on free ports, for tests and for a second stack beside a running one. */
    public static LocalStackOptions onFreePorts(Path dataDir) {
        return new LocalStackOptions(dataDir, false, false, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Parses the arguments; {@code --help} is answered by {@link #wantsHelp(String[])} before this. */
    static LocalStackOptions parse(String[] args) {
        LocalStackOptions o = defaults();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            String name = kv[0];
            String value = kv.length > 1 ? kv[1] : null;
            o = switch (name) {
                case "--clean" -> o.withClean(true);
                case "--demo" -> o.withDemo(true);
                case "--data-dir" -> o.withDataDir(Path.of(required(name, value)));
                case "--kafka-port" -> o.withPorts(port(name, value), o.mongoPort, o.eventServicePort,
                        o.modelServicePort, o.awardServicePort, o.analyticsServicePort);
                case "--mongo-port" -> o.withPorts(o.kafkaPort, port(name, value), o.eventServicePort,
                        o.modelServicePort, o.awardServicePort, o.analyticsServicePort);
                case "--event-port" -> o.withPorts(o.kafkaPort, o.mongoPort, port(name, value),
                        o.modelServicePort, o.awardServicePort, o.analyticsServicePort);
                case "--model-port" -> o.withPorts(o.kafkaPort, o.mongoPort, o.eventServicePort,
                        port(name, value), o.awardServicePort, o.analyticsServicePort);
                case "--award-port" -> o.withPorts(o.kafkaPort, o.mongoPort, o.eventServicePort,
                        o.modelServicePort, port(name, value), o.analyticsServicePort);
                case "--analytics-port" -> o.withPorts(o.kafkaPort, o.mongoPort, o.eventServicePort,
                        o.modelServicePort, o.awardServicePort, port(name, value));
                case "--identity-port" -> o.withFrontPorts(port(name, value), o.portalPort);
                case "--portal-port" -> o.withFrontPorts(o.identityServicePort, port(name, value));
                default -> throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
            };
        }
        return o;
    }

    static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return true;
            }
        }
        return false;
    }

    public LocalStackOptions withClean(boolean clean) {
        return new LocalStackOptions(dataDir, clean, demo, kafkaPort, mongoPort, eventServicePort, modelServicePort,
                awardServicePort, analyticsServicePort, identityServicePort, portalPort);
    }

    public LocalStackOptions withDemo(boolean demo) {
        return new LocalStackOptions(dataDir, clean, demo, kafkaPort, mongoPort, eventServicePort, modelServicePort,
                awardServicePort, analyticsServicePort, identityServicePort, portalPort);
    }

    public LocalStackOptions withDataDir(Path dataDir) {
        return new LocalStackOptions(dataDir, clean, demo, kafkaPort, mongoPort, eventServicePort, modelServicePort,
                awardServicePort, analyticsServicePort, identityServicePort, portalPort);
    }

    public LocalStackOptions withPorts(int kafka, int mongo, int event, int model, int award, int analytics) {
        return new LocalStackOptions(dataDir, clean, demo, kafka, mongo, event, model, award, analytics,
                identityServicePort, portalPort);
    }

    /** The ports of identity-service and of the portal. */
    public LocalStackOptions withFrontPorts(int identity, int portal) {
        return new LocalStackOptions(dataDir, clean, demo, kafkaPort, mongoPort, eventServicePort, modelServicePort,
                awardServicePort, analyticsServicePort, identity, portal);
    }

    private static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " needs a value, e.g. " + name + "=...");
        }
        return value;
    }

    private static int port(String name, String value) {
        String text = required(name, value);
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a port number from 0 to 65535, not " + text);
        }
    }
}
