package vn.antq.kit.security;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Prints an RS256 token signed with a private key file, for scripts against an installation whose services are
 * given the matching public key ({@code antq.security.public-key-location}), e.g.
 * {@code java -cp ... vn.antq.kit.security.TokenCommand --key=ops-key.pem --issuer=https://scripts.antq.vn
 * --agency=WOMEN_UNION --roles=RECORDER --locality=62}. People sign in through identity-service instead; a
 * service verifying by identity-service's JWK set does not accept these tokens.
 */
public final class TokenCommand {

    static final String KEY_VARIABLE = "ANTQ_TOKEN_KEY";
    static final String ISSUER_VARIABLE = "ANTQ_SECURITY_ISSUER";
    static final String DEFAULT_ISSUER = "http://localhost:8085";
    static final int USAGE_ERROR = 2;

    static final String USAGE = """
            Usage: TokenCommand --agency=CODE [--roles=ROLE,...] [--locality=CODE] [--sub=NAME] [--ttl=DURATION]
                                [--key=FILE] [--issuer=URL] [--audience=NAME] [--kid=ID]
              --agency    agency code, e.g. WOMEN_UNION, POLICE, VETERANS, FARMERS (required)
              --roles     comma-separated, any of RECORDER, APPROVER, OPS, ADMIN (default: RECORDER)
              --locality  admin-unit code the user is limited to, e.g. 62 (Kon Tum); default: whole country
              --sub       subject, the user's name or id (default: local-<agency in lower case>)
              --ttl       lifetime as an ISO-8601 duration (default: PT12H)
              --key       PEM file with the RSA private key (PKCS#8, -----BEGIN PRIVATE KEY-----, at least
                          2048 bits); default: the file named by ANTQ_TOKEN_KEY (one of the two is required)
              --issuer    the iss claim, the services' antq.security.issuer
                          (default: ANTQ_SECURITY_ISSUER, else http://localhost:8085)
              --audience  the aud claim, the services' antq.security.audience (default: antq-api)
              --kid       the key id header, when the services verify by a JWK set holding this key
              --help      print this text
            For scripts: the services accept the token only if they are given the matching public key
            (antq.security.public-key-location) and the same issuer and audience. People sign in through
            identity-service. Prints the token alone on stdout.
            """;

    private static final Set<String> OPTIONS = Set.of("agency", "roles", "locality", "sub", "ttl", "key", "issuer",
            "audience", "kid");

    /** What the command line asked for. */
    record Request(String subject, String agency, List<Role> roles, String locality, Duration ttl) {
    }

    /** How to sign: the key file, issuer, audience and key id. */
    record Signing(String keyFile, String issuer, String audience, String keyId) {
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
        Signing signing = signing(args, environment);
        if (signing.keyFile() == null) {
            err.println("No private key: give --key=FILE or set " + KEY_VARIABLE + ".");
            err.print(USAGE);
            return USAGE_ERROR;
        }
        JwtIssuer issuer;
        try {
            PrivateKey key = PemKeys.privateKey(Files.readString(Path.of(signing.keyFile()), StandardCharsets.US_ASCII));
            issuer = new JwtIssuer(key, signing.keyId(), signing.issuer(), signing.audience(), Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            err.println(signing.keyFile() + ": " + e.getMessage());
            return USAGE_ERROR;
        }
        out.println(issuer.issue(request.subject(), request.agency(), request.roles(), request.locality(),
                request.ttl()));
        return 0;
    }

    /** The signing options (already checked by {@link #parse}), with their defaults from the environment. */
    static Signing signing(String[] args, Map<String, String> environment) {
        Map<String, String> options = options(args);
        String issuer = options.getOrDefault("issuer", environment.getOrDefault(ISSUER_VARIABLE, ""));
        return new Signing(blankToNull(options.getOrDefault("key", environment.get(KEY_VARIABLE))),
                issuer.isBlank() ? DEFAULT_ISSUER : issuer,
                options.getOrDefault("audience", KitSecurityProperties.DEFAULT_AUDIENCE),
                blankToNull(options.get("kid")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Map<String, String> options(String[] args) {
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
        return options;
    }

    static Request parse(String[] args) {
        Map<String, String> options = options(args);
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
