package vn.antq.kit.security;

import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints a signed token for the local stack, e.g.
 * {@code java -cp ... vn.antq.kit.security.TokenCommand --agency=WOMEN_UNION --roles=RECORDER --locality=62}.
 * The secret comes from {@code ANTQ_JWT_SECRET}, else {@link JwtIssuer#LOCAL_DEVELOPMENT_SECRET}.
 */
public final class TokenCommand {

    static final String SECRET_VARIABLE = "ANTQ_JWT_SECRET";
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            Usage: TokenCommand --agency=CODE [--roles=ROLE,...] [--locality=CODE] [--sub=NAME] [--ttl=DURATION]
              --agency    agency code, e.g. WOMEN_UNION, POLICE, VETERANS, FARMERS (required)
              --roles     comma-separated, any of RECORDER, APPROVER, OPS, ADMIN (default: RECORDER)
              --locality  admin-unit code the user is limited to, e.g. 62 (Kon Tum); default: whole country
              --sub       subject, the user's name or id (default: local-<agency in lower case>)
              --ttl       lifetime as an ISO-8601 duration (default: PT12H)
              --help      print this text
            Signs HS256 with the secret in ANTQ_JWT_SECRET (at least 32 bytes); without it, with the
            public local development secret. Prints the token alone on stdout.
            """;

    private static final Set<String> OPTIONS = Set.of("agency", "roles", "locality", "sub", "ttl");

    /** What the command line asked for. */
    record Request(String subject, String agency, List<Role> roles, String locality, Duration ttl) {
    }

    private TokenCommand() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command and returns its exit status; the streams and environment are parameters for tests. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            out.print(USAGE);
            return 0;
        }
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return USAGE_ERROR;
        }
        String secret = environment.get(SECRET_VARIABLE);
        if (secret == null || secret.isEmpty()) {
            err.println("WARNING: " + SECRET_VARIABLE + " is not set; signing with the public local development"
                    + " secret. Such a token is only accepted by a local stack.");
            secret = JwtIssuer.LOCAL_DEVELOPMENT_SECRET;
        }
        JwtIssuer issuer;
        try {
            issuer = new JwtIssuer(secret);
        } catch (IllegalArgumentException e) {
            err.println(SECRET_VARIABLE + ": " + e.getMessage());
            return USAGE_ERROR;
        }
        out.println(issuer.issue(request.subject(), request.agency(), request.roles(), request.locality(),
                request.ttl()));
        return 0;
    }

    static Request parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2, equals);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown option: --" + name);
            }
            if (options.put(name, arg.substring(equals + 1).trim()) != null) {
                throw new IllegalArgumentException("Option given twice: --" + name);
            }
        }
        String agency = options.get("agency");
        if (agency == null || agency.isEmpty()) {
            throw new IllegalArgumentException("--agency is required");
        }
        agency = agency.toUpperCase(Locale.ROOT);
        String subject = options.getOrDefault("sub", "local-" + agency.toLowerCase(Locale.ROOT));
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("--sub must not be empty");
        }
        String locality = options.get("locality");
        if (locality != null && !locality.matches("[0-9]{2}|[0-9]{3}|[0-9]{5}")) {
            throw new IllegalArgumentException("--locality must be a 2-, 3- or 5-digit admin-unit code: " + locality);
        }
        return new Request(subject, agency, roles(options.getOrDefault("roles", Role.RECORDER.name())), locality,
                ttl(options.getOrDefault("ttl", "PT12H")));
    }

    private static List<Role> roles(String list) {
        List<Role> roles = new ArrayList<>();
        for (String name : list.split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown role: " + name.trim() + " (known: RECORDER, APPROVER, OPS, ADMIN)");
            }
        }
        return roles;
    }

    private static Duration ttl(String text) {
        Duration ttl;
        try {
            ttl = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--ttl must be an ISO-8601 duration such as PT12H or P7D: " + text);
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("--ttl must be positive: " + text);
        }
        return ttl;
    }
}
