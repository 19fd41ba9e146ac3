package vn.antq.resilience.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
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
 * nothing written (every collection's count and the record it names as they were), or a correct accept that writes
 * exactly one record with its first event or one event on the record it names; never a 5xx, never a stack trace,
 * never a partial write. Each endpoint gets {@code resilience.fuzz.cases} cases (25 short, 400 full), each
 * its valid request with one to three things changed (see {@link Mutations}); the seed of each endpoint is fixed
 * ({@code -Dresilience.fuzz.seed} changes it) and every failure names its case. An upload's JSON part (a material's
 * description) is fuzzed as a body is, sent beside a valid file: a refusal must keep no file either.
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

    /**
     * Strict JSON (issue 17): whatever value type or form a body's field holds, a scalar of another type (a number as
     * text, text as a number or a boolean), a date-time for a date, a number too large for any field, a control
     * character or a lone surrogate in text, or a line break in a one-line field is a 400 problem+json naming that
     * field, and nothing is written. Each endpoint's valid body is tried value by value ({@link Mutations#loose}).
     */
    @TestFactory
    Stream<DynamicTest> everyWriteEndpointRefusesLooseJsonOnTheFieldAndWritesNothing() {
        WriteTargets targets = new WriteTargets(platform, new Places(PROVINCE));
        Random random = new Random(Long.getLong("resilience.fuzz.seed", 2024L));
        return targets.all().stream().map(target -> DynamicTest.dynamicTest(target.name(), () -> loose(target, random)));
    }

    private static void loose(WriteTargets.Target target, Random random) {
        WriteTargets.Request sample = target.prepare().apply(random);
        if (sample.body() == null) {
            return; // takes no body
        }
        Outboxes outboxes = new Outboxes(platform);
        RecordingService service = platform.service(target.kind());
        List<String> failures = new ArrayList<>();
        List<Mutations.Loose> cases = Mutations.loose(sample.body(), Scale.full());
        int absent = 0;
        for (Mutations.Loose loose : cases) {
            WriteTargets.Request valid = target.prepare().apply(random);
            Mutations.Case mutated = Mutations.loose(valid.body(), true).stream()
                    .filter(candidate -> candidate.request().description().equals(loose.request().description()))
                    .findFirst().map(Mutations.Loose::request).map(valid::sent).orElse(null);
            if (mutated == null) {
                absent++; // this request's body has no such value (a rejection instead of an approval)
                continue;
            }
            String record = target.effect() == WriteTargets.Effect.CHANGES ? valid.recordId() : null;
            Map<String, Long> countsBefore = outboxes.counts(target.kind());
            List<Long> recordBefore = record == null ? null : outboxes.versionAndEvents(target.kind(), target.collection(), record);
            Answer answer = service.http().send(valid.method(), valid.path(), valid.token(), valid.headers(),
                    mutated.contentType(), mutated.body());
            Map<String, Long> countsAfter = outboxes.counts(target.kind());
            List<Long> recordAfter = record == null ? null : outboxes.versionAndEvents(target.kind(), target.collection(), record);
            List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
            if (answer.status() != 400) {
                problems.add("status " + answer.status() + ", not 400");
            } else if (answer.json().path("errors").valueStream()
                    .noneMatch(error -> loose.field().equals(error.path("field").asString(null)))) {
                problems.add("the refusal does not name " + loose.field());
            }
            problems.addAll(writeProblems(target, answer, countsBefore, countsAfter, recordBefore, recordAfter, outboxes));
            if (!problems.isEmpty()) {
                failures.add(mutated.description() + ": " + String.join("; ", problems) + " -> " + answer.describe());
            }
        }
        Results.record(String.format("[fuzz] %s: %d loose values (%d absent from the fresh body), %d not refused "
                + "cleanly on their field", target.name(), cases.size(), absent, failures.size()));
        assertThat(failures).as(target.name()).isEmpty();
    }

    private static void fuzz(WriteTargets.Target target, int cases, long seed) {
        Random random = new Random(seed);
        Outboxes outboxes = new Outboxes(platform);
        RecordingService service = platform.service(target.kind());
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int skipped = 0;
        for (int i = 0; i < cases; i++) {
            WriteTargets.Request valid = target.prepare().apply(random);
            Mutations.Case mutated = valid.body() == null ? Mutations.bodyless(random)
                    : valid.sent(Mutations.of(valid.body(), random));
            Map<String, String> headers = new HashMap<>(valid.headers());
            headers.putAll(mutated.headers());
            String description = mutated.description();
            if (headers.containsKey("If-Match") && random.nextInt(8) == 0) {
                headers.put("If-Match", Mutations.ifMatch(random));
                description += "; If-Match " + abbreviated(headers.get("If-Match"));
            }
            String record = target.effect() == WriteTargets.Effect.CHANGES ? valid.recordId() : null;
            Map<String, Long> countsBefore = outboxes.counts(target.kind());
            List<Long> recordBefore = record == null ? null : outboxes.versionAndEvents(target.kind(), target.collection(), record);
            Answer answer;
            try {
                answer = service.http().send(valid.method(), valid.path(), valid.token(), headers, mutated.contentType(),
                        mutated.body());
            } catch (IllegalArgumentException refusedByTheClient) {
                skipped++;
                continue;
            }
            Map<String, Long> countsAfter = outboxes.counts(target.kind());
            List<Long> recordAfter = record == null ? null : outboxes.versionAndEvents(target.kind(), target.collection(), record);
            statuses.merge(answer.status(), 1, Integer::sum);
            List<String> problems = new ArrayList<>(CleanAnswers.problems(answer, false));
            problems.addAll(writeProblems(target, answer, countsBefore, countsAfter, recordBefore, recordAfter, outboxes));
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

    /**
     * What the answer says was done must be exactly what the database shows: a refusal leaves every collection's count
     * and the record it names as they were; an accept adds exactly one record with its first event, one event to the
     * record it names, or one reference document.
     */
    private static List<String> writeProblems(WriteTargets.Target target, Answer answer, Map<String, Long> before,
                                              Map<String, Long> after, List<Long> recordBefore, List<Long> recordAfter,
                                              Outboxes outboxes) {
        long inCollection = after.getOrDefault(target.collection(), 0L) - before.getOrDefault(target.collection(), 0L);
        if (!answer.isSuccess()) {
            List<String> problems = new ArrayList<>();
            if (!before.equals(after)) {
                problems.add("refused, yet documents were written: " + before + " -> " + after);
            }
            if (recordBefore != null && !recordBefore.equals(recordAfter)) {
                problems.add("refused, yet the record changed from (version, events) " + recordBefore + " to " + recordAfter);
            }
            return problems;
        }
        return switch (target.effect()) {
            case CREATES -> {
                List<Long> created = outboxes.versionAndEvents(target.kind(), target.collection(), answer.text("id"));
                yield inCollection == 1 && List.of(1L, 1L).equals(created) ? List.<String>of()
                        : List.of("accepted, but " + inCollection + " new documents, the new record at (version, events) " + created);
            }
            case CHANGES -> inCollection == 0 && recordBefore != null && recordAfter != null
                    && recordAfter.get(0) == recordBefore.get(0) + 1 && recordAfter.get(1) == recordBefore.get(1) + 1
                    ? List.<String>of()
                    : List.of("accepted, but the record went from (version, events) " + recordBefore + " to " + recordAfter
                            + " and " + inCollection + " documents were added");
            case REFERENCE -> inCollection == 1 ? List.<String>of() : List.of("accepted, but " + inCollection + " new types");
        };
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
