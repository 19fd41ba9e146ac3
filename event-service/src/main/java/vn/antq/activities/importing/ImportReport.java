package vn.antq.activities.importing;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The per-row result of an import: every data row is either recorded (with its id), was recorded
 * by an earlier import of the same file (with its id), or rejected (with every reason). Blank rows
 * are no data rows: {@code blankRowsSkipped} counts those between the header and the last data row,
 * so that the rows a clerk sees add up.
 */
public record ImportReport(int rows, int recorded, int alreadyRecorded, int rejected, int blankRowsSkipped,
                           List<RowResult> results) {

    public enum Outcome { RECORDED, ALREADY_RECORDED, REJECTED }

    /**
     * One data row's result; {@code cells} are a rejected row's cells as read (empty for the other outcomes), so that
     * the rows to fix can be given back as a file with the same headings.
     */
    public record RowResult(
            @Schema(description = "The row number the spreadsheet shows (the header is usually row 1)") int row,
            Outcome outcome,
            @Schema(description = "The activity's id when recorded now or before; absent when rejected") String id,
            @Schema(description = "Every reason a rejected row was refused, in the request's language") List<RowError> errors,
            @Schema(description = "A rejected row's cells as read, in the file's column order: each named column's "
                    + "heading as written in the file and its value as text (an XLSX date as yyyy-mm-dd, a number "
                    + "without a decimal part when it has none, a formula as its formula), and any non-blank cell under "
                    + "no heading; the reasons column (heading ending in \"(rejectedBecause)\") is left out. Empty for "
                    + "recorded rows.") List<Cell> cells) {

        RowResult(int row, Outcome outcome, String id, List<RowError> errors) {
            this(row, outcome, id, errors, List.of());
        }
    }

    public record RowError(String field, String message) {
    }

    /** A cell as read: its column letter ("A", "B", ...), its column's heading as written (blank if none) and its text. */
    public record Cell(
            @Schema(description = "The spreadsheet's column letter: A, B, ..., AA") String column,
            @Schema(description = "The column's heading as written in the file's header row; blank for a column without one") String heading,
            @Schema(description = "The cell's text as read") String value) {
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
