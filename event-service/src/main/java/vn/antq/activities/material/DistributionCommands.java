package vn.antq.activities.material;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Invariants;
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
import vn.antq.kit.web.Word;

/**
 * What agencies do with distributions of the library's materials: record that a unit received one, revise, cancel,
 * read. A RECORDER of any agency distributes (the token's agency is the distributing one), to a unit inside the token's
 * locality, of a material that exists and was not withdrawn by the day of receipt; the agency's staff read its
 * distributions, OPS and ADMIN all. Checks the input, then who may do it, then the kit's {@link Recorder} stores the
 * change with its event in one write.
 */
@Component
public class DistributionCommands {

    private final DistributionStore store;
    private final Recorder<Distribution> recorder;
    private final DistributionValidation validation;
    private final MaterialCommands materials;
    private final Gazetteer gazetteer;
    private final Agencies agencies;
    private final String source;
    private final Clock clock;

    public DistributionCommands(DistributionStore store, MaterialCommands materials, Gazetteer gazetteer,
                                Agencies agencies, OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.validation = new DistributionValidation(gazetteer);
        this.materials = materials;
        this.gazetteer = gazetteer;
        this.agencies = agencies;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the distribution, and whether it was created by an earlier try of the same request. */
    public record Recorded(Distribution distribution, boolean replayed) {
    }

    /** What a POST's idempotency compares: the material of the address and the body. */
    record Submitted(String materialId, DistributionForm distribution) {
    }

    public Recorded record(AntqUser user, String materialId, DistributionForm form, String idempotencyKey) {
        Material material = materials.get(materialId);
        String agency = user.agency();
        DistributionValidation.Valid valid = validOrThrow(form, material, agency);
        requireDistributor(user, agency, valid.place());
        MaterialCommands.apply(() -> {
            material.requireDistributableOn(valid.details().receivedOn());
            return null;
        });

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        IdempotentRequest request = IdempotentRequest.creating(id, new Submitted(materialId, form));
        Recorder.Created<Distribution> created = recorder.create(
                change(Distribution.record(id, valid.details(), user.subject(), now())), request);
        return new Recorded(created.aggregate(), created.replayed());
    }

    /** The whole distribution replaced at the version If-Match names; the material, the agency and the id stay. */
    public Distribution revise(AntqUser user, String id, String ifMatch, DistributionForm form) {
        Distribution current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        Material material = materials.get(current.details().materialId());
        String agency = current.details().agency();
        DistributionValidation.Valid valid = validOrThrow(form, material, agency);
        AccessRules.requireRecorderFor(user, agency, valid.place());
        return recorder.save(current, change(MaterialCommands.apply(() -> {
            material.requireDistributableOn(valid.details().receivedOn());
            return current.revise(valid.details(), user.subject(), now());
        })));
    }

    /** Cancelled at the version If-Match names: it stays readable, and a second cancellation is 409. */
    public Distribution cancel(AntqUser user, String id, String ifMatch) {
        Distribution current = readForChange(user, id);
        recorder.requireIfMatch(ifMatch, current);
        return recorder.save(current, change(MaterialCommands.apply(() -> current.cancel(user.subject(), now()))));
    }

    /** An agency reads its own distributions; OPS and ADMIN read all; each only inside the token's locality. */
    public Distribution read(AntqUser user, String id) {
        Distribution distribution = recorder.get(id);
        AccessRules.requireReaderOf(user, distribution.details().agency(), place(distribution));
        return distribution;
    }

    public List<Distribution> list(DistributionFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(DistributionFilter filter) {
        return store.count(filter);
    }

    /** Where the receiving unit lies on the day of receipt. */
    AdminPath place(Distribution distribution) {
        return gazetteer.resolve(distribution.details().unit().mostSpecificCode(), distribution.details().receivedOn())
                instanceof Resolution.Resolved resolved ? resolved.path() : null;
    }

    /** A RECORDER of a known agency (the distributor must be one the contract takes) inside its locality. */
    private void requireDistributor(AntqUser user, String agency, AdminPath place) {
        AccessRules.requireRole(user, Role.RECORDER);
        if (!agencies.isKnown(agency) || !Invariants.AGENCY_CODE.matcher(agency).matches()) {
            throw ApiException.forbidden("material.agency-unknown", Word.agency(agency));
        }
        AccessRules.requireRecorderFor(user, agency, place);
    }

    private Distribution readForChange(AntqUser user, String id) {
        Distribution current = recorder.get(id);
        AccessRules.requireRecorderFor(user, current.details().agency(), place(current));
        return current;
    }

    private Recorder.Change<Distribution> change(Distribution.Change change) {
        return new Recorder.Change<>(change.distribution(),
                PendingEvent.of(EventContract.MATERIAL_DISTRIBUTED, change.event(), source));
    }

    private DistributionValidation.Valid validOrThrow(DistributionForm form, Material material, String agency) {
        return validation.check(form, material.id(), material.details().issuedOn(), agency,
                VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    private Instant now() {
        return clock.instant();
    }
}
