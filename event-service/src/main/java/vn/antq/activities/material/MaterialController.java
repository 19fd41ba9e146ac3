package vn.antq.activities.material;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.openapi.Creates;
import vn.antq.kit.openapi.Versioned;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.ListRequests;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.Page;
import vn.antq.kit.web.RecordedResponses;

@RestController
@RequestMapping(path = MaterialController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Materials", description = "Thư viện tài liệu tuyên truyền chính thống: the official outreach materials "
        + "of the agencies, their files and links, for everyone to read and spread")
public class MaterialController {

    static final String PATH = "/api/v1/materials";

    private final MaterialCommands commands;
    private final Gazetteer gazetteer;

    public MaterialController(MaterialCommands commands, Gazetteer gazetteer) {
        this.commands = commands;
        this.gazetteer = gazetteer;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Issue a material (RECORDER of the issuing agency, the token's own): the JSON part "
            + "\"material\" and the part \"file\" (PDF, JPEG, PNG, MP4, MP3, M4A, WAV, OGG, PPTX, DOCX: the type is "
            + "found from the content), a link, or both")
    @Creates
    public ResponseEntity<MaterialView> issue(AntqUser user, @RequestPart("material") MaterialForm material,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey) {
        IdempotencyKeys.requireValidIfPresent(idempotencyKey);
        MaterialCommands.Recorded recorded = commands.issue(user, material, file, idempotencyKey);
        Material issued = recorded.material();
        return RecordedResponses.created(PATH + "/" + issued.id(), issued.version(), recorded.replayed(),
                view(issued));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a material (any signed-in user)")
    @Versioned
    public ResponseEntity<MaterialView> read(@PathVariable String id) {
        return answer(commands.read(id));
    }

    @GetMapping(path = "/{id}/file", produces = MediaType.ALL_VALUE)
    @Operation(summary = "Download a material's file (any signed-in user; a withdrawn material's too), as an "
            + "attachment with its media type found from the content; fileId names one of its earlier files")
    @ApiResponse(responseCode = "200", description = "The file's bytes",
            content = @Content(mediaType = MediaType.ALL_VALUE, schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<Resource> download(@PathVariable String id,
            @RequestParam(required = false) String fileId) {
        MaterialFiles.Download file = commands.download(id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .body(new InputStreamResource(file.content()));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise a material's description; needs If-Match with its current version")
    public ResponseEntity<MaterialView> revise(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MaterialForm material) {
        return answer(commands.revise(user, id, ifMatch, material));
    }

    @PutMapping(path = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Give a material a new file (the part \"file\"), a new version; needs If-Match. The earlier "
            + "file stays downloadable with its fileId")
    public ResponseEntity<MaterialView> replaceFile(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestPart("file") MultipartFile file) {
        return answer(commands.replaceFile(user, id, ifMatch, file));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Withdraw a material (no longer current); needs If-Match. It stays readable and "
            + "downloadable, with withdrawn true")
    public ResponseEntity<MaterialView> withdraw(AntqUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return answer(commands.withdraw(user, id, ifMatch));
    }

    @GetMapping
    @Operation(summary = "List materials (any signed-in user), newest issue first; current=true leaves out the "
            + "withdrawn ones, current=false lists only them")
    public Page<MaterialView> list(
            @RequestParam(required = false) MaterialKind kind,
            @RequestParam(required = false) MaterialLanguage language,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) String locality,
            @RequestParam(required = false) Boolean current,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ListRequests.checkPaging(page, size);
        ListRequests.checkLocality(gazetteer, locality);
        MaterialFilter filter = new MaterialFilter(kind, language, agency, locality, current);
        List<MaterialView> items = commands.list(filter, page, size).stream().map(this::view).toList();
        return Page.of(items, page, size, commands.count(filter));
    }

    private ResponseEntity<MaterialView> answer(Material material) {
        return RecordedResponses.ok(material.version(), view(material));
    }

    private MaterialView view(Material material) {
        return MaterialView.of(material, commands.place(material));
    }
}
