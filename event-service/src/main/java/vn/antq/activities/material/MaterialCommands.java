package vn.antq.activities.material;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Invariants;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.security.Role;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.FieldProblem;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Word;

/**
 * What agencies do with the materials library: issue a material (its description, and its file or its link), revise
 * its description, give it a new file, withdraw it; and what everyone does: read, list and download. A RECORDER writes
 * for its own agency (the issuer), inside the token's locality; any signed-in user reads and downloads, since materials
 * are meant to be spread. Checks the input, then who may do it, then the file (stored in GridFS only when the rest is
 * right), then the kit's {@link Recorder} stores the change with its event in one write; a file whose material was not
 * written is deleted again. Materials belong to no reporting period, so no period lock applies to them.
 */
@Component
public class MaterialCommands {

    private final MaterialStore store;
    private final Recorder<Material> recorder;
    private final MaterialValidation validation;
    private final MaterialFiles files;
    private final Gazetteer gazetteer;
    private final Agencies agencies;
    private final String source;
    private final Clock clock;

    public MaterialCommands(MaterialStore store, MaterialFiles files, Gazetteer gazetteer, Agencies agencies,
                            OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.validation = new MaterialValidation(gazetteer);
        this.files = files;
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the material, and whether it was created by an earlier try of the same request. */
    public record Recorded(Material material, boolean replayed) {
    }

    /** What a POST's idempotency compares: the description and the file it came with (by name and content). */
    record Submitted(MaterialForm material, String fileName, String sha256) {
    }

    /** A new material, with the file of the upload (when present) or its link. */
    public Recorded issue(AntqUser user, MaterialForm form, MultipartFile upload, String idempotencyKey) {
        boolean hasFile = MaterialFiles.isPresent(upload);
        String agency = user.agency();
        MaterialValidation.Valid valid = validOrThrow(form, agency, hasFile);
        requireIssuer(user, agency, valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        MaterialEvent.MaterialFile file = hasFile ? files.store(id, upload) : null;
        try {
            IdempotentRequest request = IdempotentRequest.creating(id, new Submitted(form,
                    file == null ? null : file.fileName(), file == null ? null : file.sha256()));
            Recorder.Created<Material> created = recorder.create(
                    change(Material.issue(id, valid.details(), file, user.subject(), now())), request);
            if (created.replayed() && file != null) {
                files.delete(file.fileId()); // the earlier try kept its own copy
            }
            return new Recorded(created.aggregate(), created.replayed());
        } catch (RuntimeException notWritten) {
            if (file != null) {
                files.delete(file.fileId());
            }
            throw notWritten;
        }
    }

    /** The description replaced at the version If-Match names; the file, the issuer and the id stay. */
    public Material revise(AntqUser user, String id, String ifMatch, MaterialForm form) {
        Material current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        String agency = current.details().agency();
        MaterialValidation.Valid valid = validOrThrow(form, agency, current.file() != null);
        AccessRules.requireRecorderFor(user, agency, valid.place());
        return recorder.save(current, change(apply(() -> current.revise(valid.details(), user.subject(), now()))));
    }

    /** A new file at the version If-Match names, a new version of the material; the earlier file stays as history. */
    public Material replaceFile(AntqUser user, String id, String ifMatch, MultipartFile upload) {
        Material current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        apply(() -> {
            current.requireCurrent();
            return null;
        });
        if (!MaterialFiles.isPresent(upload)) {
            throw ApiException.badRequest(FieldProblem.coded("file", "material.file.empty"));
        }
        MaterialEvent.MaterialFile file = files.store(id, upload);
        try {
            return recorder.save(current, change(apply(() -> current.replaceFile(file, user.subject(), now()))),
                    () -> files.delete(file.fileId()));
        } catch (RuntimeException notWritten) {
            files.delete(file.fileId());
            throw notWritten;
        }
    }

    /** Withdrawn at the version If-Match names: it stays readable and downloadable; a second withdrawal is 409. */
    public Material withdraw(AntqUser user, String id, String ifMatch) {
        Material current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        return recorder.save(current, change(apply(() -> current.withdraw(user.subject(), now()))));
    }

    /** Any signed-in user reads any material: they are meant to be spread. */
    public Material read(String id) {
        return recorder.get(id);
    }

    /**
     * The file of the material to download: its current one, or with {@code fileId} one of its earlier files; 404 when
     * the material has no such file (or none, being only published at its link).
     */
    public MaterialFiles.Download download(String id, String fileId) {
        Material material = recorder.get(id);
        String wanted = fileId != null ? fileId : material.file() != null ? material.file().fileId() : null;
        if (wanted == null) {
            throw ApiException.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                    "Tài liệu " + id + " không có tệp trong thư viện, chỉ có đường dẫn: " + material.details().link(),
                    "Material " + id + " has no file in the library, only its link: " + material.details().link());
        }
        return files.open(id, wanted).orElseThrow(() -> ApiException.notFound("material-file", wanted));
    }

    public List<Material> list(MaterialFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(MaterialFilter filter) {
        return store.count(filter);
    }

    /** The material, or 404: for those who refer to it (a distribution). */
    Material get(String id) {
        return recorder.get(id);
    }

    /** Where the material was issued, in the structure in force on its day of issue. */
    AdminPath place(Material material) {
        return gazetteer.resolve(material.details().locality().mostSpecificCode(), material.details().issuedOn())
                instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    /** A RECORDER of a known agency (the issuer must be one the contract takes) inside its locality. */
    private void requireIssuer(AntqUser user, String agency, AdminPath place) {
        AccessRules.requireRole(user, Role.RECORDER);
        if (!agencies.isKnown(agency) || !Invariants.AGENCY_CODE.matcher(agency).matches()) {
            throw ApiException.forbidden("material.agency-unknown", Word.agency(agency));
        }
        AccessRules.requireRecorderFor(user, agency, place);
    }

    private Material readForChange(AntqUser user, String id) {
        Material current = recorder.get(id);
        AccessRules.requireRecorderFor(user, current.details().agency(), place(current));
        return current;
    }

    private Recorder.Change<Material> change(Material.Change change) {
        return new Recorder.Change<>(change.material(),
                PendingEvent.of(EventContract.MATERIAL_CHANGED, change.event(), source));
    }

    static <T> T apply(Supplier<T> transition) {
        try {
            return transition.get();
        } catch (MaterialRuleBroken broken) {
            throw ApiException.conflict(broken.code(), broken.args());
        }
    }

    private MaterialValidation.Valid validOrThrow(MaterialForm form, String agency, boolean hasFile) {
        return validation.check(form, agency, hasFile, VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    private Instant now() {
        return clock.instant();
    }
}
