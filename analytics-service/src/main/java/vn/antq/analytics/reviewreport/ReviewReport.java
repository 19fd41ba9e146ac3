package vn.antq.analytics.reviewreport;

import java.util.List;
import java.util.Locale;

/**
 * The movement review report (báo cáo tổng kết) of a period and locality, in one language, as every format renders
 * it: the JSON answer ({@code json}) and the same content laid out as sections of tables and bar charts for the
 * spreadsheet and the PDF.
 */
record ReviewReport(Locale locale, String title, String periodText, String localityText, String asOf,
                    ReportAnswer json, List<Section> sections) {

    /**
     * A part of the report: one heading of the PDF and the DOCX, one sheet of the spreadsheet, named by {@code sheet}
     * (a short name, within the 31 characters a sheet name may have).
     */
    record Section(String title, String sheet, List<Chart> charts, List<Table> tables) {

        /** A section whose title is short enough to name its sheet. */
        Section(String title, List<Chart> charts, List<Table> tables) {
            this(title, title, charts, tables);
        }
    }

    /** A table with a title; cells are text or numbers (numbers stay numbers in the spreadsheet). */
    record Table(String title, List<Column> columns, List<List<Object>> rows) {
    }

    record Column(String header, boolean numeric) {
    }

    /**
     * A bar chart: one bar per label, in the colour beside it ({@code #rrggbb}, from {@link vn.antq.contracts.common.Palette}:
     * an agency's bar is the agency's colour on the dashboard too).
     */
    record Chart(String title, List<String> labels, List<Long> values, List<String> colours) {
    }
}
