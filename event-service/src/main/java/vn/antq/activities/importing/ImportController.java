package vn.antq.activities.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.recording.IdempotencyKeys;

@RestController
@RequestMapping(path = "/api/v1/activities/import", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Activities")
public class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ActivityImport activityImport;
    private final ImportTemplate template;

    public ImportController(ActivityImport activityImport, ImportTemplate template) {
        this.activityImport = activityImport;
        this.template = template;
    }

    @GetMapping(path = "/template", produces = MediaType.ALL_VALUE)
    @Operation(operationId = "activityImportTemplate", summary = "The XLSX template to fill in, in the person's "
            + "language: the columns with notes, drop-down lists for the coded ones, an example row for the person's "
            + "agency and place on a second sheet, the code lists and a guide (anyone signed in)")
    @ApiResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = XLSX,
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<byte[]> template(AntqUser user, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(template.fileName(locale), StandardCharsets.UTF_8).build().toString())
                .body(template.workbook(user, locale));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(operationId = "activityImportUpload",
            summary = "Import activities from a CSV or XLSX file (form field \"file\"); per-row result")
    public ImportReport importForm(AntqUser user, @RequestPart("file") MultipartFile file,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            Locale locale) throws IOException {
        return importBytes(user, file.getBytes(), SpreadsheetRows.Declared.of(file.getContentType(),
                file.getOriginalFilename()), idempotencyKey, locale);
    }

    @PostMapping(consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(operationId = "activityImportFile", summary = "Import activities from a CSV or XLSX request body; per-row result")
    public ImportReport importBody(AntqUser user, @RequestBody byte[] file,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE) String contentType,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
            Locale locale) {
        return importBytes(user, file, SpreadsheetRows.Declared.of(contentType, null), idempotencyKey, locale);
    }

    private ImportReport importBytes(AntqUser user, byte[] file, SpreadsheetRows.Declared declared,
            String idempotencyKey, Locale locale) {
        if (idempotencyKey != null) {
            IdempotencyKeys.requireValid(idempotencyKey);
        }
        return activityImport.importFile(user, file, declared, idempotencyKey, locale);
    }
}
