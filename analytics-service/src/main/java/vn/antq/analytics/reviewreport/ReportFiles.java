package vn.antq.analytics.reviewreport;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.ReadScope;

/**
 * The review report as a file a person opens: the API's download and the scheduled delivery both take it from here,
 * so that a leader's mailed report is the one the API gives for the same unit, period and language.
 */
@Component
public class ReportFiles {

    /** The formats a report is rendered as for a person (JSON is the API's, not a file). */
    public static final List<String> FORMATS = List.of("pdf", "xlsx", "docx");

    /** A rendered report: its plain-ASCII file name, its media type and its bytes. */
    public record ReportFile(String filename, String mediaType, byte[] bytes) {
    }

    private final ReportQuery reports;

    ReportFiles(ReportQuery reports) {
        this.reports = reports;
    }

    /**
     * @param format one of {@link #FORMATS}
     */
    public ReportFile render(ReadScope scope, MonthRange range, Locale locale, String format) {
        return file(reports.report(scope, range, locale), range, format, DocxReport.Letterhead.of(scope.agency()));
    }

    static ReportFile file(ReviewReport report, MonthRange range, String format) {
        return file(report, range, format, DocxReport.Letterhead.of(null));
    }

    /**
     * @param letterhead who issues and signs the DOCX (the other formats have no letterhead)
     */
    static ReportFile file(ReviewReport report, MonthRange range, String format, DocxReport.Letterhead letterhead) {
        return switch (format) {
            case "docx" -> new ReportFile(filename(report, range, "docx"), DocxReport.MEDIA_TYPE,
                    DocxReport.render(report, letterhead));
            case "xlsx" -> new ReportFile(filename(report, range, "xlsx"), XlsxReport.MEDIA_TYPE, XlsxReport.render(report));
            case "pdf" -> new ReportFile(filename(report, range, "pdf"), PdfReport.MEDIA_TYPE, PdfReport.render(report));
            default -> throw new IllegalArgumentException("Not a report file format: " + format);
        };
    }

    /** {@code bao-cao-antq_2019-01_2024-12_62.pdf}, {@code antq-review-report_...} in English: plain ASCII. */
    static String filename(ReviewReport report, MonthRange range, String extension) {
        StringBuilder name = new StringBuilder(report.locale().getLanguage().equals("en") ? "antq-review-report" : "bao-cao-antq");
        name.append('_').append(range.from() == null ? "start" : range.from());
        name.append('_').append(range.to() == null ? "now" : range.to());
        String locality = report.json().locality();
        if (locality != null) {
            name.append('_').append(locality);
        }
        return name.append('.').append(extension).toString();
    }
}
