package vn.antq.activities.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.antq.activities.activity.Activity;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.activities.activity.ActivityValidation;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * Bulk import of activities from a spreadsheet (CSV or XLSX): each valid row is recorded exactly as
 * if it had been POSTed, each bad row is reported with its reasons, and nothing else changes.
 * <p>
 * A row's id is derived from the file's content (or the Idempotency-Key) and its row number, so
 * importing the same file again records nothing twice: those rows come back as ALREADY_RECORDED.
 */
@Component
public class ActivityImport {

    private static final int INSERT_BATCH = 500;

    private final ActivityStore store;
    private final ActivityValidation validation;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;
    private final MessageSource messages;
    private final SpreadsheetRows spreadsheet;
    private final ActivityRowReader rowReader = new ActivityRowReader();

    public ActivityImport(ActivityStore store, Gazetteer gazetteer, Agencies agencies,
                          OutboxRelay relay, OutboxProperties outbox, Clock clock, MessageSource messages,
                          @Value("${antq.import.max-rows:50000}") int maxRows) {
        this.store = store;
        this.validation = new ActivityValidation(gazetteer, agencies::isKnown);
        this.relay = relay;
        this.source = outbox.getSource();
        this.clock = clock;
        this.messages = messages;
        this.spreadsheet = new SpreadsheetRows(maxRows);
    }

    public ImportReport importFile(AntqUser user, byte[] file, SpreadsheetRows.Declared declared,
                                   String idempotencyKey, Locale locale) {
        SpreadsheetRows.Table table = readRows(file, declared);
        String batchKey = idempotencyKey != null ? "key:" + idempotencyKey : "file:" + sha256(file);
        Instant now = clock.instant();

        List<ImportReport.RowResult> results = new ArrayList<>();
        List<Document> pending = new ArrayList<>();
        List<ImportReport.RowResult> pendingResults = new ArrayList<>();
        for (SpreadsheetRows.Row row : table.rows()) {
            ActivityRowReader.Read read = rowReader.read(row, user.agency());
            List<FieldProblem> problems = new ArrayList<>(read.problems());
            Activity.Change change = null;
            if (problems.isEmpty()) {
                Checked<ActivityValidation.Valid> checked = validation.check(read.form(), VietnamTime.today(clock));
                if (checked instanceof Checked.Invalid<ActivityValidation.Valid> invalid) {
                    problems.addAll(fieldProblems(invalid.problems()));
                } else {
                    ActivityValidation.Valid valid = checked.value();
                    problems.addAll(AccessRules.recorderProblems(user, valid.details().agency(), valid.place()));
                    if (problems.isEmpty()) {
                        change = Activity.record(rowId(user, batchKey, row.number()), valid.details(), user.subject(), now);
                    }
                }
            }
            if (change == null) {
                results.add(rejected(row.number(), problems, locale));
                continue;
            }
            pending.add(store.newDocument(change.activity(), PendingEvent.of(change.contract(), change.event(), source),
                    new IdempotentRequest(change.activity().id(), "import:" + batchKey + ":" + row.number())));
            pendingResults.add(new ImportReport.RowResult(row.number(), ImportReport.Outcome.RECORDED,
                    change.activity().id(), List.of()));
            if (pending.size() == INSERT_BATCH) {
                results.addAll(insert(pending, pendingResults));
            }
        }
        results.addAll(insert(pending, pendingResults));
        results.sort(java.util.Comparator.comparingInt(ImportReport.RowResult::row));
        relay.wakeUp();
        return ImportReport.of(results, table.blankRowsSkipped());
    }

    /** The file's rows, or a 400 for the whole file: unreadable, or a header that would import the wrong thing. */
    private SpreadsheetRows.Table readRows(byte[] file, SpreadsheetRows.Declared declared) {
        SpreadsheetRows.Table table;
        try {
            table = spreadsheet.read(file, declared);
        } catch (SpreadsheetRows.Unreadable unreadable) {
            throw ApiException.badRequest(new FieldProblem("file", unreadable.message()));
        }
        List<FieldProblem> problems = ActivityRowReader.headerProblems(table.headers());
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return table;
    }

    private List<ImportReport.RowResult> insert(List<Document> documents, List<ImportReport.RowResult> results) {
        Set<String> existing = new HashSet<>(store.insertAll(documents));
        List<ImportReport.RowResult> done = results.stream()
                .map(r -> existing.contains(r.id())
                        ? new ImportReport.RowResult(r.row(), ImportReport.Outcome.ALREADY_RECORDED, r.id(), List.of())
                        : r)
                .toList();
        documents.clear();
        results.clear();
        return done;
    }

    private ImportReport.RowResult rejected(int row, List<FieldProblem> problems, Locale locale) {
        return new ImportReport.RowResult(row, ImportReport.Outcome.REJECTED, null, problems.stream()
                .map(p -> new ImportReport.RowError(p.field(), p.message().resolve(messages, locale))).toList());
    }

    private static List<FieldProblem> fieldProblems(List<Problem> problems) {
        return ProblemAnswers.fieldProblems(problems);
    }

    private static String rowId(AntqUser user, String batchKey, int row) {
        String name = user.agency() + "|" + batchKey + "|" + row;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
