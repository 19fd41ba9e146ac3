package vn.antq.analytics.reviewreport;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.antq.analytics.query.MonthRange;
import vn.antq.analytics.query.Structures;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;

/**
 * The movement review report (báo cáo tổng kết) of a period and locality, as JSON, XLSX or PDF, in Vietnamese unless
 * English is asked for. The format comes from {@code format}, else from {@code Accept}; the language from
 * {@code lang}, else from {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
class ReportController {

    private static final List<String> FORMATS = List.of("json", "xlsx", "pdf");
    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final ReportQuery reports;
    private final Structures structures;

    ReportController(ReportQuery reports, Structures structures) {
        this.reports = reports;
        this.structures = structures;
    }

    @GetMapping("/report")
    @Operation(summary = "The movement review report: outreach by agency, channel, kind, district and year; coordination; "
            + "models and their health; commendations; the shortcomings found. JSON, XLSX (one sheet per section) or PDF "
            + "(with charts); Vietnamese by default")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for: JSON described field by field; XLSX and PDF as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=... (XLSX and PDF)",
                    schema = @Schema(type = "string")),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportAnswer.class)),
                    @Content(mediaType = XlsxReport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PdfReport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<?> report(AntqUser user,
            @Parameter(description = "first month: 2024, 2024-Q2, 2024-05 or 2024-05-15") @RequestParam(required = false) String from,
            @Parameter(description = "last month, inclusive") @RequestParam(required = false) String to,
            @Parameter(description = "province (2 digits), district (3) or commune (5) code") @RequestParam(required = false) String locality,
            @Parameter(description = "json (default), xlsx or pdf; else the Accept header decides") @RequestParam(required = false) String format,
            @Parameter(description = "vi (default) or en; else Accept-Language decides") @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale requestLocale) {
        String chosen = format(format, accept);
        Locale locale = language(lang, requestLocale);
        MonthRange range = MonthRange.parse(from, to);
        ReviewReport report = reports.report(structures.scopeOf(user, null, locality), range, locale);
        if (ReportFiles.FORMATS.contains(chosen)) {
            return download(ReportFiles.file(report, range, chosen));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.json());
    }

    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw ApiException.badRequest(FieldProblem.of("format", "Định dạng không hỗ trợ: " + format
                        + " (chọn json, xlsx hoặc pdf)", "Unsupported format: " + format + " (choose json, xlsx or pdf)"));
            }
            return name;
        }
        if (accept != null) {
            List<MediaType> types;
            try {
                types = MediaType.parseMediaTypes(accept);
            } catch (InvalidMediaTypeException e) {
                return "json";
            }
            for (MediaType type : types) {
                if (type.toString().startsWith(XlsxReport.MEDIA_TYPE)) {
                    return "xlsx";
                }
                if (type.toString().startsWith(PdfReport.MEDIA_TYPE)) {
                    return "pdf";
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return "json";
                }
            }
        }
        return "json";
    }

    private static Locale language(String lang, Locale requested) {
        if (lang != null && !lang.isBlank()) {
            String name = lang.trim().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(name)) {
                throw ApiException.badRequest(FieldProblem.of("lang", "Ngôn ngữ không hỗ trợ: " + lang + " (chọn vi hoặc en)",
                        "Unsupported language: " + lang + " (choose vi or en)"));
            }
            return Locale.forLanguageTag(name);
        }
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static ResponseEntity<byte[]> download(ReportFiles.ReportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename()).build().toString())
                .body(file.bytes());
    }
}
