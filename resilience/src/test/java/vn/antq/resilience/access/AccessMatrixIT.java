package vn.antq.resilience.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.stack.Platform;

/**
 * Every cell of {@code access-matrix.csv} (endpoint x role x agency x locality scope, and no token at all) against the
 * running platform: an allowed call does exactly its write and leaves an audit entry naming its caller with the
 * state before and after; a refused one is a 401 or 403 problem+json (the import: its row REJECTED) and changes
 * nothing in the service's database.
 */
class AccessMatrixIT {

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @Test
    void everyCellOfTheMatrixHoldsAndEveryRefusalChangesNothing() {
        List<AccessMatrix.Cell> cells = AccessMatrix.load();
        Map<String, Endpoints.Endpoint> endpoints = new Endpoints(platform).all().stream()
                .collect(Collectors.toMap(e -> e.service() + " " + e.name(), e -> e, (a, b) -> a, LinkedHashMap::new));
        Set<String> inTable = cells.stream().map(c -> c.service() + " " + c.endpoint()).collect(Collectors.toSet());
        assertThat(inTable).as("endpoints in the table").isEqualTo(endpoints.keySet());

        List<String> mismatches = new ArrayList<>();
        Map<String, String> knownGaps = AccessMatrix.knownGaps();
        Map<String, Integer> gapsSeen = new TreeMap<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        int audited = 0;
        for (AccessMatrix.Cell cell : cells) {
            Endpoints.Endpoint endpoint = endpoints.get(cell.service() + " " + cell.endpoint());
            boolean anonymous = cell.role().equals("ANONYMOUS");
            if (anonymous && !cell.scope().equals("-") || anonymous && !cell.ownAgency()) {
                continue;
            }
            Endpoints.Call call = endpoint.call().apply(cell.allowed());
            Snapshot before = snapshot(endpoint);
            Answer answer = endpoint.http(platform).send(call.method(), call.path(), Caller.token(platform.identity(), cell),
                    call.headers(), call.contentType(), call.body());
            Snapshot after = snapshot(endpoint);
            List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
            if (cell.allowed()) {
                problems.addAll(allowedProblems(endpoint, answer, before, after));
                if (problems.isEmpty() && writes(endpoint)) {
                    problems.addAll(auditProblems(endpoint, call, answer, Caller.subject(cell)));
                    audited++;
                }
            } else {
                problems.addAll(refusedProblems(endpoint, anonymous, answer, before, after));
            }
            outcomes.merge((cell.allowed() ? "allowed " : "refused ") + answer.status(), 1, Integer::sum);
            if (!problems.isEmpty()) {
                String mismatch = cell.describe() + " (expected " + (cell.allowed() ? "allowed" : "refused") + "): "
                        + String.join("; ", problems) + " -> " + answer.status() + " " + abbreviated(answer.body());
                String key = cell.service() + " " + cell.endpoint();
                if (knownGaps.containsKey(key)) {
                    gapsSeen.merge(key, 1, Integer::sum);
                } else {
                    mismatches.add(mismatch);
                }
            }
        }
        awaitRebuildsDone();
        Results.record(String.format("[access-matrix] %d endpoints x (5 roles x 2 agencies x 5 locality scopes + no token): "
                        + "%d calls, by expectation and status %s; %d allowed writes each with its audit entry (actor, "
                        + "before, after); every refusal left the database unchanged; %d cells differ from the table "
                        + "outside the known gaps",
                endpoints.size(), outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes, audited,
                mismatches.size()) + (mismatches.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", mismatches)));
        knownGaps.forEach((endpoint, why) -> Results.record("[access-matrix] known gap, " + gapsSeen.getOrDefault(endpoint, 0)
                + " cells of " + endpoint + ": " + why));
        assertThat(mismatches).as("cells where the platform differs from access-matrix.csv").isEmpty();
        assertThat(gapsSeen.keySet()).as("known gaps still open (remove fixed ones from access-matrix-known-gaps.csv)")
                .isEqualTo(knownGaps.keySet());
    }

    private static boolean writes(Endpoints.Endpoint endpoint) {
        return endpoint.kind() != null && Set.of(Endpoints.Effect.CREATE, Endpoints.Effect.CHANGE, Endpoints.Effect.IMPORT)
                .contains(endpoint.effect());
    }

    private static List<String> allowedProblems(Endpoints.Endpoint endpoint, Answer answer, Snapshot before, Snapshot after) {
        List<String> problems = new ArrayList<>();
        if (!endpoint.allowed().contains(answer.status())) {
            problems.add("status " + answer.status() + " instead of " + endpoint.allowed());
            return problems;
        }
        long documents = after.documents() - before.documents();
        long events = after.events() - before.events();
        long all = after.allDocuments() - before.allDocuments();
        boolean exact = switch (endpoint.effect()) {
            case READ -> documents == 0 && events == 0 && all == 0;
            case CREATE -> documents == 1 && events == 1;
            case CHANGE -> documents == 0 && events == 1;
            case IMPORT -> documents == 1 && events == 1 && answer.json().path("recorded").asInt() == 1;
            case REFERENCE -> events == 0 && all == 1;
            case REBUILD -> true;
        };
        if (!exact) {
            problems.add("allowed, but the data changed by records " + documents + ", events " + events + ", documents "
                    + all + " for " + endpoint.effect());
        }
        return problems;
    }

    private static List<String> refusedProblems(Endpoints.Endpoint endpoint, boolean anonymous, Answer answer,
                                                Snapshot before, Snapshot after) {
        List<String> problems = new ArrayList<>();
        boolean refusedRow = endpoint.effect() == Endpoints.Effect.IMPORT && answer.status() == 200
                && answer.json().path("recorded").asInt() == 0 && answer.json().path("rejected").asInt() == 1;
        int expected = anonymous ? 401 : 403;
        if (answer.status() != expected && !(refusedRow && !anonymous)) {
            problems.add("status " + answer.status() + " instead of " + expected
                    + (endpoint.effect() == Endpoints.Effect.IMPORT ? " (or a REJECTED row)" : ""));
        }
        if (anonymous && answer.header("WWW-Authenticate") == null) {
            problems.add("401 without WWW-Authenticate");
        }
        if (!before.equals(after)) {
            problems.add("refused, yet the data changed from " + before + " to " + after);
        }
        return problems;
    }

    /** The service's audit trail has the write, by this caller, with the state before (unless it created) and after. */
    private static List<String> auditProblems(Endpoints.Endpoint endpoint, Endpoints.Call call, Answer answer, String actor) {
        String id = switch (endpoint.effect()) {
            case IMPORT -> answer.json().path("results").get(0).path("id").asString();
            case CREATE -> answer.text("id");
            default -> call.aggregateId();
        };
        Answer audit = endpoint.http(platform).get("/api/v1/audit?aggregateId=" + id + "&actor=" + actor,
                platform.tokens().admin());
        if (audit.status() != 200) {
            return List.of("the audit trail answered " + audit.describe());
        }
        for (JsonNode entry : audit.json().path("entries")) {
            boolean first = entry.path("version").asLong() == 1;
            if (actor.equals(entry.path("actor").asString()) && entry.path("after").isObject()
                    && (first ? entry.path("before").isNull() || entry.path("before").isMissingNode()
                    : entry.path("before").isObject())) {
                return List.of();
            }
        }
        return List.of("no audit entry for " + id + " by " + actor + " with before and after: " + abbreviated(audit.body()));
    }

    /**
     * What the endpoint's service holds: the records and events of its outbox collections, and the documents of each of
     * its collections (reference data, reservations, the library's files in GridFS), so that a refusal that left
     * anything anywhere shows; for analytics, its rebuilds (the only thing its API writes).
     */
    private record Snapshot(long documents, long events, Map<String, Long> collections) {

        long allDocuments() {
            return collections.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Snapshot snapshot(Endpoints.Endpoint endpoint) {
        if (endpoint.kind() == null) {
            return new Snapshot(platform.analyticsDatabase().getCollection("rebuilds").countDocuments(), 0, Map.of());
        }
        Outboxes.Holdings holdings = new Outboxes(platform).holdings(endpoint.kind(), endpoint.collections());
        Map<String, Long> collections = new TreeMap<>();
        for (String name : platform.database(endpoint.kind()).listCollectionNames()) {
            long count = platform.database(endpoint.kind()).getCollection(name).countDocuments();
            if (count > 0) { // a collection created empty (an index made on first use) holds nothing yet
                collections.put(name, count);
            }
        }
        return new Snapshot(holdings.documents(), holdings.events(), collections);
    }

    /** The matrix starts rebuilds (ADMIN may): let them finish before the next scenario reads analytics. */
    private static void awaitRebuildsDone() {
        await("analytics' rebuilds finished").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> platform.analyticsDatabase().getCollection("rebuilds").find().into(new ArrayList<>()).stream()
                        .allMatch(rebuild -> Set.of("DONE", "FAILED").contains(rebuild.getString("state"))));
    }

    private static String abbreviated(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
