package vn.antq.activities.importing;

import java.util.List;

/**
 * The per-row result of an import: every data row is either recorded (with its id), was recorded
 * by an earlier import of the same file (with its id), or rejected (with every reason). Blank rows
 * are no data rows: {@code blankRowsSkipped} counts those between the header and the last data row,
 * so that the rows a clerk sees add up.
 */
public record ImportReport(int rows, int recorded, int alreadyRecorded, int rejected, int blankRowsSkipped,
                           List<RowResult> results) {

    public enum Outcome { RECORDED, ALREADY_RECORDED, REJECTED }

    public record RowResult(int row, Outcome outcome, String id, List<RowError> errors) {
    }

    public record RowError(String field, String message) {
    }

    static ImportReport of(List<RowResult> results, int blankRowsSkipped) {
        int recorded = count(results, Outcome.RECORDED);
        int already = count(results, Outcome.ALREADY_RECORDED);
        int rejected = count(results, Outcome.REJECTED);
        return new ImportReport(results.size(), recorded, already, rejected, blankRowsSkipped, List.copyOf(results));
    }

    private static int count(List<RowResult> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
