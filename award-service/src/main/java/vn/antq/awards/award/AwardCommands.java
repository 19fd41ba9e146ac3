package vn.antq.awards.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.bson.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.awards.Submitted;
import vn.antq.awards.review.ReviewCommands;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.outbox.OutboxProperties;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.recording.IdempotencyKeys;
import vn.antq.kit.recording.IdempotentRequest;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.ProblemAnswers;
import vn.antq.kit.recording.Recorder;
import vn.antq.kit.reference.Agencies;
import vn.antq.kit.reference.VietnamTime;
import vn.antq.kit.security.AccessRules;
import vn.antq.kit.security.AntqUser;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.ProblemType;
import vn.antq.kit.web.Text;

/**
 * What agencies do with awards: a RECORDER of the recipient's agency nominates and confers, an APPROVER of
 * that agency decides and revokes, each inside their locality. Checks who, then the version (If-Match), then
 * the input, then the lifecycle; claims a decision number or a recipient's place before writing the award;
 * stores the change with its event in one write and nudges the outbox relay.
 */
@Component
public class AwardCommands {

    private final AwardStore store;
    private final AwardClaims claims;
    private final ReviewCommands reviews;
    private final NominationValidation validation;
    private final Gazetteer gazetteer;
    private final Recorder<Award> recorder;
    private final String source;
    private final Clock clock;

    public AwardCommands(AwardStore store, AwardClaims claims, ReviewCommands reviews, Gazetteer gazetteer,
                         Agencies agencies, OutboxRelay relay, OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.reviews = reviews;
        this.validation = new NominationValidation(gazetteer, agencies::isKnown, reviews::find);
        this.gazetteer = gazetteer;
        this.recorder = store.recorder(relay);
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the award, and whether an earlier try of the same request created it. */
    public record Nominated(Award award, boolean replayed) {
    }

    public Nominated nominate(AntqUser user, Nomination form, String idempotencyKey) {
        NominationValidation.Valid valid = validation.check(form, VietnamTime.today(clock))
                .orElseThrow(ProblemAnswers::badRequest);
        AccessRules.requireRecorderFor(user, valid.details().recipientAgency(), valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        IdempotentRequest request = IdempotentRequest.creating(id, form);
        Optional<Recorder.Created<Award>> earlier = recorder.replay(id, request);
        if (earlier.isPresent()) {
            return new Nominated(earlier.get().aggregate(), true);
        }
        Award.Change change = Award.nominate(id, valid.details(), user.subject(), clock.instant());
        valid.details().recipientSlot().ifPresent(slot -> claimRecipient(slot, id, valid.details()));
        Recorder.Created<Award> created = recorder.create(change(change), request);
        return new Nominated(created.aggregate(), created.replayed());
    }

    /** Approves with a decision, or rejects with a reason; the nominator cannot approve. */
    public Award decide(AntqUser user, String id, String ifMatch, DecisionForm form) {
        Award current = find(id);
        AccessRules.requireApproverFor(user, current.details().recipientAgency(), place(current));
        recorder.requireIfMatch(ifMatch, current);
        DecisionValidation.Verdict verdict = DecisionValidation.check(form, VietnamTime.today(clock))
                .orElseThrow(ProblemAnswers::badRequest);
        if (verdict instanceof DecisionValidation.Rejection rejection) {
            return save(current, step(() -> current.reject(rejection.reason(), user.subject(), clock.instant())));
        }
        Decision decision = ((DecisionValidation.Approval) verdict).decision();
        if (!current.mayBeApprovedBy(user.subject())) {
            throw ApiException.of(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN,
                    "Người đề nghị khen thưởng không được tự phê duyệt đề nghị của mình",
                    "Whoever nominated an award cannot approve it too");
        }
        Award.Change change = step(() -> current.approve(decision, user.subject(), clock.instant()));
        String key = decision.key();
        Document about = new Document("issuer", decision.issuer()).append("decisionNo", decision.decisionNo());
        claims.claim(AwardClaims.Kind.DECISION_NUMBER, key, id, about, holder -> decisionHolding(holder, key))
                .ifPresent(holder -> {
                    throw conflict("Số quyết định " + decision.decisionNo() + " của " + decision.issuer()
                                    + " đã dùng cho khen thưởng " + holder,
                            "Decision number " + decision.decisionNo() + " of " + decision.issuer()
                                    + " is already used by award " + holder, Map.of("awardId", holder));
                });
        return save(current, change, () -> releaseUnlessHeld(id, key));
    }

    /** Records that the approved award was handed over (trao tặng): a fact, so a RECORDER records it. */
    public Award confer(AntqUser user, String id, String ifMatch) {
        Award current = find(id);
        AccessRules.requireRecorderFor(user, current.details().recipientAgency(), place(current));
        recorder.requireIfMatch(ifMatch, current);
        return save(current, step(() -> current.confer(user.subject(), clock.instant())));
    }

    /** Takes a conferred award back (thu hồi): a decision, so an APPROVER takes it. */
    public Award revoke(AntqUser user, String id, String ifMatch, RevocationForm form) {
        Award current = find(id);
        AccessRules.requireApproverFor(user, current.details().recipientAgency(), place(current));
        recorder.requireIfMatch(ifMatch, current);
        List<Problem> problems = new ArrayList<>();
        String reason = DecisionValidation.reason(form == null ? null : form.reason(), problems);
        if (!problems.isEmpty()) {
            throw badRequest(problems);
        }
        return save(current, step(() -> current.revoke(reason, user.subject(), clock.instant())));
    }

    /** An agency reads the awards of its own people; OPS and ADMIN read all; each only inside the token's locality. */
    public Award read(AntqUser user, String id) {
        Award award = find(id);
        AccessRules.requireReaderOf(user, award.details().recipientAgency(), place(award));
        return award;
    }

    public List<Award> list(AwardFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(AwardFilter filter) {
        return store.count(filter);
    }

    /** The unit an award's locality names, as of the day its codes were checked. */
    public AdminPath place(Award award) {
        return Submitted.place(gazetteer, award.details().locality(), award.details().localityAsOf());
    }

    private Award find(String id) {
        return recorder.find(id).map(Recorder.Stored::aggregate).orElseThrow(() -> ApiException.of(HttpStatus.NOT_FOUND,
                ProblemType.NOT_FOUND, "Không có khen thưởng mã " + id, "No award with id " + id));
    }

    private void claimRecipient(String slot, String id, AwardDetails details) {
        Document about = new Document("reviewId", details.reviewId()).append("recipientAgency", details.recipientAgency())
                .append("form", details.form().name()).append("recipientName", details.recipientName());
        claims.claim(AwardClaims.Kind.RECIPIENT, slot, id, about, this::recipientHolding).ifPresent(holder -> {
            throw conflict("\"" + details.recipientName() + "\" (" + details.recipientAgency() + ") đã có "
                            + details.form().labelVi() + " tại hội nghị " + details.reviewId()
                            + " (khen thưởng " + holder + ")",
                    "\"" + details.recipientName() + "\" (" + details.recipientAgency() + ") already has a "
                            + details.form().labelEn() + " at review " + details.reviewId() + " (award " + holder + ")",
                    Map.of("awardId", holder));
        });
    }

    /** A decision number stays with the award decided under it, also once revoked. */
    private AwardClaims.Holding decisionHolding(String holderId, String key) {
        return recorder.find(holderId).map(Recorder.Stored::aggregate).map(holder -> {
            if (holder.decision() != null) {
                return holder.decision().key().equals(key) ? AwardClaims.Holding.HOLDS : AwardClaims.Holding.RELEASED;
            }
            return holder.status() == AwardStatus.NOMINATED ? AwardClaims.Holding.MAY_YET_HOLD
                    : AwardClaims.Holding.RELEASED;
        }).orElse(AwardClaims.Holding.MAY_YET_HOLD);
    }

    /** A recipient's place is freed when the award holding it is rejected or revoked. */
    private AwardClaims.Holding recipientHolding(String holderId) {
        return recorder.find(holderId).map(Recorder.Stored::aggregate)
                .map(holder -> holder.holdsItsRecipientSlot() ? AwardClaims.Holding.HOLDS : AwardClaims.Holding.RELEASED)
                .orElse(AwardClaims.Holding.MAY_YET_HOLD);
    }

    private void releaseUnlessHeld(String id, String key) {
        boolean held = recorder.find(id).map(Recorder.Stored::aggregate)
                .map(award -> award.decision() != null && award.decision().key().equals(key)).orElse(false);
        if (!held) {
            claims.release(AwardClaims.Kind.DECISION_NUMBER, key, id);
        }
    }

    private Award save(Award current, Award.Change change) {
        return recorder.save(current, change(change));
    }

    /** Writes the change if nobody changed the award meanwhile; otherwise runs {@code onStale} and answers 412. */
    private Award save(Award current, Award.Change change, Runnable onStale) {
        return recorder.save(current, change(change), onStale);
    }

    private static Award.Change step(Supplier<Award.Change> transition) {
        try {
            return transition.get();
        } catch (StepNotAllowed refused) {
            throw conflict(refused.messageVi(), refused.messageEn(), Map.of("awardStatus", refused.status().name(),
                    "allowedSteps", refused.allowed().stream().map(Enum::name).toList()));
        }
    }

    /** 409 with extra members in the problem, e.g. the id of the award that holds what was asked for. */
    private static ApiException conflict(String vi, String en, Map<String, Object> properties) {
        return new ApiException(HttpStatus.CONFLICT, ProblemType.CONFLICT, Text.of(vi, en), List.of(), properties,
                HttpHeaders.EMPTY);
    }

    private Recorder.Change<Award> change(Award.Change change) {
        return new Recorder.Change<>(change.award(), PendingEvent.of(change.contract(), change.event(), source));
    }

    private static ApiException badRequest(List<Problem> problems) {
        return ProblemAnswers.badRequest(problems);
    }
}
