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

import org.apache.poi.ss.util.CellReference;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.antq.activities.activity.Activity;
import vn.antq.activities.activity.ActivityStore;
import vn.antq.activities.activity.ActivityValidation;
import vn.antq.activities.material.MaterialStore;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.period.PeriodKey;
import vn.antq.kit.recording.period.PeriodLocks;
import vn.antq.kit.recording.period.PeriodRefused;
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
    private final PeriodLocks periods;
    private final ActivityRowReader rowReader = new ActivityRowReader();

    public ActivityImport(ActivityStore store, Gazetteer gazetteer, Agencies agencies, MaterialStore materials,
                          OutboxRelay relay, OutboxProperties outbox, Clock clock, MessageSource messages,
                          PeriodLocks periods, @Value("${antq.import.max-rows:50000}") int maxRows) {
        this.store = store;
        this.periods = periods;
        this.validation = new ActivityValidation(gazetteer, agencies::isKnown, materials::existingIds);
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
        Pending pending = new Pending(table.headers());
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
                results.add(rejected(row, table.headers(), problems, locale));
                continue;
            }
            Activity activity = change.activity();
            pending.documents.add(store.newDocument(activity, PendingEvent.of(change.contract(), change.event(), source),
                    new IdempotentRequest(activity.id(), "import:" + batchKey + ":" + row.number())));
            pending.results.add(new ImportReport.RowResult(row.number(), ImportReport.Outcome.RECORDED, activity.id(), List.of()));
            pending.rows.add(row);
            pending.periods.add(periods.keyOf(activity.details().agency(), activity.details().locality(),
                    activity.details().startDate()));
            if (pending.documents.size() == INSERT_BATCH) {
                results.addAll(insert(pending, locale));
            }
        }
        results.addAll(insert(pending, locale));
        results.sort(java.util.Comparator.comparingInt(ImportReport.RowResult::row));
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

    /**
     * Inserts one batch of rows, holding their periods open while it does (see {@link PeriodLocks}): a row of a
     * submitted or approved period is rejected with the reason, or reported as recorded already when an earlier import
     * of the same file recorded it before the period was locked.
     */
    private List<ImportReport.RowResult> insert(Pending pending, Locale locale) {
        PeriodLocks.Held held = periods.hold(pending.periods);
        try {
            List<Document> allowed = new ArrayList<>();
            List<ImportReport.RowResult> done = new ArrayList<>();
            List<ImportReport.RowResult> refusedRows = new ArrayList<>();
            List<PeriodRefused> refusals = new ArrayList<>();
            List<List<ImportReport.Cell>> refusedCells = new ArrayList<>();
            for (int i = 0; i < pending.documents.size(); i++) {
                PeriodRefused refused = held.refused().get(pending.periods.get(i));
                if (refused == null) {
                    allowed.add(pending.documents.get(i));
                    done.add(pending.results.get(i));
                } else {
                    refusedRows.add(pending.results.get(i));
                    refusedCells.add(cellsAsRead(pending.rows.get(i), pending.headers));
                    refusals.add(refused);
                }
            }
            held.requireFresh();
            Set<String> existing = new HashSet<>(store.insertAll(allowed));
            relay.wakeUp(ActivityStore.COLLECTION, allowed.stream().map(document -> document.get("_id")).toList());
            existing.addAll(store.existingIds(refusedRows.stream().map(ImportReport.RowResult::id).toList()));
            List<ImportReport.RowResult> results = new ArrayList<>(done.stream().map(r -> existing.contains(r.id())
                    ? alreadyRecorded(r) : r).toList());
            for (int i = 0; i < refusedRows.size(); i++) {
                ImportReport.RowResult row = refusedRows.get(i);
                results.add(existing.contains(row.id()) ? alreadyRecorded(row) : new ImportReport.RowResult(row.row(),
                        ImportReport.Outcome.REJECTED, null, List.of(new ImportReport.RowError("startDate",
                        refusals.get(i).detail().resolve(messages, locale))), refusedCells.get(i)));
            }
            return results;
        } finally {
            held.release();
            pending.clear();
        }
    }

    private static ImportReport.RowResult alreadyRecorded(ImportReport.RowResult row) {
        return new ImportReport.RowResult(row.row(), ImportReport.Outcome.ALREADY_RECORDED, row.id(), List.of());
    }

    /**
     * The rows of the batch being gathered: each row's document, its result if inserted, the row itself (its cells are
     * given back if its period refuses it) and its period.
     */
    private static final class Pending {
        final List<String> headers;
        final List<Document> documents = new ArrayList<>();
        final List<ImportReport.RowResult> results = new ArrayList<>();
        final List<SpreadsheetRows.Row> rows = new ArrayList<>();
        final List<PeriodKey> periods = new ArrayList<>();

        Pending(List<String> headers) {
            this.headers = headers;
        }

        void clear() {
            documents.clear();
            results.clear();
            rows.clear();
            periods.clear();
        }
    }

    private ImportReport.RowResult rejected(SpreadsheetRows.Row row, List<String> headers, List<FieldProblem> problems,
                                            Locale locale) {
        return new ImportReport.RowResult(row.number(), ImportReport.Outcome.REJECTED, null, problems.stream()
                .map(p -> new ImportReport.RowError(p.field(), p.message().resolve(messages, locale))).toList(),
                cellsAsRead(row, headers));
    }

    /**
     * A rejected row's cells as read, in the file's column order: every column with a heading (its heading as written),
     * and the non-blank cells of columns without one; the reasons column of a file of rejected rows is left out, since
     * a new one is written with the new reasons.
     */
    static List<ImportReport.Cell> cellsAsRead(SpreadsheetRows.Row row, List<String> headers) {
        List<ImportReport.Cell> cells = new ArrayList<>();
        for (int i = 0; i < Math.max(headers.size(), row.values().size()); i++) {
            String heading = i < headers.size() ? headers.get(i) : "";
            String value = i < row.values().size() ? row.values().get(i) : "";
            if (ActivityRowReader.isReasonsColumn(heading) || (heading.isBlank() && value.isBlank())) {
                continue;
            }
            cells.add(new ImportReport.Cell(CellReference.convertNumToColString(i), heading, value));
        }
        return List.copyOf(cells);
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
