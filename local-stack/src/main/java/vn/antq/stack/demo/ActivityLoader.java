package vn.antq.stack.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.stack.ServiceClient;

/**
 * Loads the activities through event-service's bulk import, one agency at a time, in files of at most
 * {@value #ROWS_PER_FILE} rows, and then cancels the copies recorded by mistake.
 * <p>
 * Importing a file again records nothing twice: the service derives each row's id from the file's content, so a
 * second load gets every row back as ALREADY_RECORDED. Anything else, a rejected row above all, fails the load.
 * <p>
 * Each file waits until the service's outbox has published the one before. On the in-process MongoDB-wire server,
 * which cannot use the outbox's index, the relay's work per event grows with the collection, so publishing as
 * the collection grows takes about half as long as publishing everything at the end.
 */
final class ActivityLoader {

    static final int ROWS_PER_FILE = 1000;
    private static final String IMPORT = "/api/v1/activities/import";
    private static final Duration PUBLISH_WAIT = Duration.ofMinutes(3);

    private static final Logger log = LoggerFactory.getLogger(ActivityLoader.class);

    private final ServiceClient events;
    private final DemoTokens tokens;
    private final LoadTally tally;

    ActivityLoader(ServiceClient events, DemoTokens tokens, LoadTally tally) {
        this.events = events;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(List<DemoActivity> activities) {
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            List<DemoActivity> own = activities.stream().filter(a -> a.agency().equals(agency.code())).toList();
            int files = (own.size() + ROWS_PER_FILE - 1) / ROWS_PER_FILE;
            for (int file = 0; file < files; file++) {
                importFile(agency.code(), own.subList(own.size() * file / files, own.size() * (file + 1) / files),
                        file + 1);
                awaitPublished();
            }
        }
    }

    private void importFile(String agency, List<DemoActivity> rows, int fileNumber) {
        long started = System.nanoTime();
        String token = tokens.recorder(agency);
        ServiceClient.Reply reply = events.postBytes(IMPORT, token, ActivityCsv.write(rows), "text/csv", Set.of(200));
        JsonNode report = reply.body();
        long recorded = report.path("recorded").asLong();
        long already = report.path("alreadyRecorded").asLong();
        if (report.path("rows").asLong() != rows.size() || recorded + already != rows.size()) {
            throw new DemoLoadException("Import of " + agency + " file " + fileNumber + " (" + rows.size() + " rows): "
                    + recorded + " recorded, " + already + " already recorded, " + report.path("rejected").asLong()
                    + " rejected; first problems: " + firstProblems(report));
        }
        tally.created("activities", recorded);
        tally.existing("activities", already);
        log.info("Imported {} file {}: {} rows ({} new) in {} ms", agency, fileNumber, rows.size(), recorded,
                (System.nanoTime() - started) / 1_000_000);

        Map<Integer, String> idsByRow = new HashMap<>();
        for (JsonNode result : report.path("results")) {
            idsByRow.put(result.path("row").asInt(), result.path("id").asString());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).cancelled()) {
                // Data rows start at spreadsheet row 2, after the header.
                cancel(token, idsByRow.get(i + 2));
            }
        }
    }

    /** Waits until event-service reports no pending event in its outbox, measured after the last import. */
    private void awaitPublished() {
        Instant imported = Instant.now();
        long deadline = System.nanoTime() + PUBLISH_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode activities = events.health(tokens.ops()).path("components").path("outbox").path("details").path("activities");
            String measuredAt = activities.path("measuredAt").asString();
            if (activities.path("pendingEvents").asLong(-1) == 0 && !measuredAt.isEmpty()
                    && Instant.parse(measuredAt).isAfter(imported)) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoLoadException("Interrupted while event-service published", e);
            }
        }
        log.warn("event-service has not published its outbox after {}; importing on", PUBLISH_WAIT);
    }

    /** Cancels an activity unless an earlier load did. */
    private void cancel(String token, String id) {
        String path = "/api/v1/activities/" + id;
        ServiceClient.Reply current = events.get(path, token, Set.of(200));
        if ("CANCELLED".equals(current.text("status"))) {
            tally.count("cancelled copies", false);
            return;
        }
        events.delete(path, token, Map.of("If-Match", current.etag()), Set.of(200));
        tally.count("cancelled copies", true);
    }

    private static String firstProblems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        for (JsonNode result : report.path("results")) {
            if (!"REJECTED".equals(result.path("outcome").asString())) {
                continue;
            }
            problems.add("row " + result.path("row").asInt() + ": " + result.path("errors"));
            if (problems.size() == 5) {
                break;
            }
        }
        return String.join("; ", problems);
    }
}
