package vn.antq.analytics.reviewreport;

import java.util.ArrayList;
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
 * The movement review report (báo cáo tổng kết) of a period and locality, as JSON, XLSX, PDF or DOCX, in Vietnamese
 * unless English is asked for. The format comes from {@code format}, else from {@code Accept}; the language from
 * {@code lang}, else from {@code Accept-Language}. The DOCX is a draft official document: who issues and signs it
 * comes from its parameters, else from the caller's agency and the report's locality, else it is left for a clerk.
 */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
class ReportController {

    private static final List<String> FORMATS = List.of("json", "xlsx", "pdf", "docx");
    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final ReportQuery reports;
    private final Structures structures;

    ReportController(ReportQuery reports, Structures structures) {
        this.reports = reports;
        this.structures = structures;
    }

    @GetMapping("/report")
    @Operation(summary = "The movement review report: outreach by agency, channel, kind, district and year; coordination; "
            + "models and their health; commendations; the shortcomings found. JSON, XLSX (one sheet per section), PDF "
            + "(with charts) or DOCX (a draft official document in the Decree 30/2020 layout, editable); Vietnamese by default")
    @ApiResponse(responseCode = "200", description = "The report, in the format asked for: JSON described field by field; XLSX, PDF and DOCX as an attachment",
            headers = @Header(name = HttpHeaders.CONTENT_DISPOSITION, description = "attachment; filename=... (XLSX, PDF and DOCX)",
                    schema = @Schema(type = "string")),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ReportAnswer.class)),
                    @Content(mediaType = XlsxReport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = PdfReport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = DocxReport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<?> report(AntqUser user,
            @Parameter(description = "first month: 2024, 2024-Q2, 2024-05 or 2024-05-15") @RequestParam(required = false) String from,
            @Parameter(description = "last month, inclusive") @RequestParam(required = false) String to,
            @Parameter(description = "province (2 digits), district (3) or commune (5) code") @RequestParam(required = false) String locality,
            @Parameter(description = "json (default), xlsx, pdf or docx; else the Accept header decides") @RequestParam(required = false) String format,
            @Parameter(description = "vi (default) or en; else Accept-Language decides") @RequestParam(required = false) String lang,
            @Parameter(description = "DOCX: the issuing agency; else the caller's agency in the report's locality")
            @RequestParam(required = false) String issuingAgency,
            @Parameter(description = "DOCX: the authority above the issuing agency; else the locality's People's Committee")
            @RequestParam(required = false) String parentAuthority,
            @Parameter(description = "DOCX: the document's number and symbol, e.g. 15/BC-BCĐ; else left blank to fill in")
            @RequestParam(required = false) String documentNumber,
            @Parameter(description = "DOCX: the place written before the date; else the locality's name")
            @RequestParam(required = false) String place,
            @Parameter(description = "DOCX: the signer's name; else left blank to fill in") @RequestParam(required = false) String signerName,
            @Parameter(description = "DOCX: the signer's position, e.g. TRƯỞNG BAN; else the head of the agency")
            @RequestParam(required = false) String signerPosition,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, Locale requestLocale) {
        String chosen = format(format, accept);
        Locale locale = language(lang, requestLocale);
        DocxReport.Letterhead letterhead = letterhead(user, issuingAgency, parentAuthority, documentNumber, place, signerName,
                signerPosition);
        MonthRange range = MonthRange.parse(from, to);
        ReviewReport report = reports.report(structures.scopeOf(user, null, locality), range, locale);
        if (ReportFiles.FORMATS.contains(chosen)) {
            return download(ReportFiles.file(report, range, chosen, letterhead));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report.json());
    }

    private static String format(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String name = format.trim().toLowerCase(Locale.ROOT);
            if (!FORMATS.contains(name)) {
                throw ApiException.badRequest(FieldProblem.of("format", "Định dạng không hỗ trợ: " + format
                        + " (chọn json, xlsx, pdf hoặc docx)", "Unsupported format: " + format
                        + " (choose json, xlsx, pdf or docx)"));
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
                if (type.toString().startsWith(DocxReport.MEDIA_TYPE)) {
                    return "docx";
                }
                if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                    return "json";
                }
            }
        }
        return "json";
    }

    /** The DOCX's letterhead parameters, each optional; one given is checked: not blank, not too long, one line. */
    private static DocxReport.Letterhead letterhead(AntqUser user, String issuingAgency, String parentAuthority,
            String documentNumber, String place, String signerName, String signerPosition) {
        List<FieldProblem> problems = new ArrayList<>();
        DocxReport.Letterhead letterhead = new DocxReport.Letterhead(user == null ? null : user.agency(),
                letterheadField("parentAuthority", parentAuthority, 150, problems),
                letterheadField("issuingAgency", issuingAgency, 150, problems),
                letterheadField("documentNumber", documentNumber, 40, problems),
                letterheadField("place", place, 60, problems),
                letterheadField("signerName", signerName, 80, problems),
                letterheadField("signerPosition", signerPosition, 120, problems));
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return letterhead;
    }

    private static String letterheadField(String field, String value, int maxLength, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty()) {
            problems.add(FieldProblem.of(field, "Không được để trống khi đã gửi tham số này",
                    "Must not be blank when given"));
        } else if (text.codePointCount(0, text.length()) > maxLength) {
            problems.add(FieldProblem.of(field, "Dài quá " + maxLength + " ký tự", "Longer than " + maxLength + " characters"));
        } else if (text.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of(field, "Chỉ được viết trên một dòng, không có ký tự điều khiển",
                    "Must be one line, without control characters"));
        } else {
            return text;
        }
        return null;
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
