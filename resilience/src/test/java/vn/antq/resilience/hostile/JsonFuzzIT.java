package vn.antq.resilience.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import vn.antq.resilience.Scale;
import vn.antq.resilience.api.Answer;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.check.Outboxes;
import vn.antq.resilience.check.Results;
import vn.antq.resilience.data.Places;
import vn.antq.resilience.stack.Platform;
import vn.antq.resilience.stack.RecordingService;

/**
 * Property: whatever a client sends to a write endpoint, the answer is a 4xx problem+json that says why, with
 * nothing written, or a correct accept that writes exactly one record or one event; never a 5xx, never a stack
 * trace, never a partial write. Each endpoint gets {@code resilience.fuzz.cases} cases (25 short, 400 full), each
 * its valid request with one to three things changed (see {@link Mutations}); the seed of each endpoint is fixed
 * ({@code -Dresilience.fuzz.seed} changes it) and every failure names its case.
 */
class JsonFuzzIT {

    /** Đà Nẵng: only this class records there. */
    private static final String PROVINCE = "48";

    private static Platform platform;

    @BeforeAll
    static void platform() {
        platform = Platform.shared();
    }

    @TestFactory
    Stream<DynamicTest> everyWriteEndpointAnswersHostileJsonWithAClear4xxOrACorrectAccept() {
        int cases = Scale.count("fuzz.cases", 25, 400);
        long seed = Long.getLong("resilience.fuzz.seed", 2024L);
        WriteTargets targets = new WriteTargets(platform, new Places(PROVINCE));
        return targets.all().stream().map(target -> DynamicTest.dynamicTest(target.name(),
                () -> fuzz(target, cases, seed + target.name().hashCode())));
    }

    private static void fuzz(WriteTargets.Target target, int cases, long seed) {
        Random random = new Random(seed);
        Outboxes outboxes = new Outboxes(platform);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int skipped = 0;
        for (int i = 0; i < cases; i++) {
            WriteTargets.Request valid = target.prepare().apply(random);
            Mutations.Case mutated = valid.body() == null ? Mutations.bodyless(random) : Mutations.of(valid.body(), random);
            Map<String, String> headers = new HashMap<>(valid.headers());
            headers.putAll(mutated.headers());
            String description = mutated.description();
            if (headers.containsKey("If-Match") && random.nextInt(8) == 0) {
                headers.put("If-Match", Mutations.ifMatch(random));
                description += "; If-Match " + abbreviated(headers.get("If-Match"));
            }
            RecordingService service = platform.service(target.kind());
            Outboxes.Holdings before = outboxes.holdings(target.kind());
            long allBefore = outboxes.allDocuments(target.kind());
            Answer answer;
            try {
                answer = service.http().send(valid.method(), valid.path(), valid.token(), headers, mutated.contentType(),
                        mutated.body());
            } catch (IllegalArgumentException refusedByTheClient) {
                skipped++;
                continue;
            }
            Outboxes.Holdings after = outboxes.holdings(target.kind());
            long allAfter = outboxes.allDocuments(target.kind());
            statuses.merge(answer.status(), 1, Integer::sum);
            List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
            problems.addAll(writeProblems(target.effect(), answer, before, after, allAfter - allBefore));
            if (!problems.isEmpty()) {
                failures.add("case " + i + " (seed " + seed + ": " + description + "): " + String.join("; ", problems)
                        + " -> " + answer.describe());
            }
        }
        Results.record(String.format("[fuzz] %s: %d cases (seed %d), answers by status %s%s, %d not clean or not atomic",
                target.name(), cases, seed, statuses, skipped == 0 ? "" : ", " + skipped + " refused by the HTTP client itself",
                failures.size()));
        assertThat(failures).as(target.name()).isEmpty();
    }

    /** What the answer says was done must be exactly what the database shows. */
    private static List<String> writeProblems(WriteTargets.Effect effect, Answer answer, Outboxes.Holdings before,
                                              Outboxes.Holdings after, long allDocumentsDelta) {
        long documents = after.documents() - before.documents();
        long events = after.events() - before.events();
        Map<String, Long> seen = new LinkedHashMap<>();
        seen.put("records", documents);
        seen.put("events", events);
        seen.put("documents in all collections", allDocumentsDelta);
        if (!answer.isSuccess()) {
            return documents == 0 && events == 0 && allDocumentsDelta == 0 ? List.of()
                    : List.of("refused, yet the database changed: " + seen);
        }
        boolean exact = switch (effect) {
            case CREATES -> documents == 1 && events == 1;
            case CHANGES -> documents == 0 && events == 1;
            case REFERENCE -> documents == 0 && events == 0 && allDocumentsDelta == 1;
        };
        return exact ? List.of() : List.of("accepted, but the database changed by " + seen + " for " + effect);
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
