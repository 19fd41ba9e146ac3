package vn.antq.awards.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.antq.awards.Submitted;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
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
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.ProblemType;

/**
 * What agencies do with review conferences: record, correct, read. Checks the input, then who may do it,
 * then stores the change with its event in one write and nudges the outbox relay.
 */
@Component
public class ReviewCommands {

    private final ReviewStore store;
    private final Recorder<Review> recorder;
    private final ReviewValidation validation;
    private final Gazetteer gazetteer;
    private final String source;
    private final Clock clock;

    public ReviewCommands(ReviewStore store, Gazetteer gazetteer, Agencies agencies, OutboxRelay relay,
                          OutboxProperties outbox, Clock clock) {
        this.store = store;
        this.recorder = store.recorder(relay);
        this.validation = new ReviewValidation(gazetteer, agencies::isKnown);
        this.gazetteer = gazetteer;
        this.source = outbox.getSource();
        this.clock = clock;
    }

    /** The result of a POST: the review, and whether an earlier try of the same request created it. */
    public record Recorded(Review review, boolean replayed) {
    }

    public Recorded hold(AntqUser user, ReviewForm form, String idempotencyKey) {
        ReviewValidation.Valid valid = validOrThrow(form);
        requireRecorder(user, valid.details(), valid.place());

        String id = IdempotencyKeys.aggregateId(user, idempotencyKey);
        IdempotentRequest request = IdempotentRequest.creating(id, form);
        Recorder.Created<Review> created = recorder.create(
                change(Review.hold(id, valid.details(), user.subject(), clock.instant())), request);
        return new Recorded(created.aggregate(), created.replayed());
    }

    /** Replaces what was recorded; the organiser stays, and the user's agency must have held it before and after. */
    public Review correct(AntqUser user, String id, String ifMatch, ReviewForm form) {
        Review current = find(id).orElseThrow(() -> notFound(id));
        requireRecorder(user, current.details(), place(current.details()));
        recorder.requireIfMatch(ifMatch, current);
        ReviewValidation.Valid valid = validOrThrow(form);
        requireRecorder(user, valid.details(), valid.place());
        Review.Change change;
        try {
            change = current.correct(valid.details(), user.subject(), clock.instant());
        } catch (OrganiserCannotChange refused) {
            throw ApiException.of(HttpStatus.CONFLICT, ProblemType.CONFLICT,
                    "Không thể đổi đơn vị tổ chức của hội nghị (" + refused.organiser() + "); hãy ghi nhận hội nghị mới",
                    "The organiser of a review (" + refused.organiser() + ") cannot change; record a new review instead");
        }
        return recorder.save(current, change(change));
    }

    /** The agencies that held it read it; OPS and ADMIN read all; each only inside the token's locality. */
    public Review read(AntqUser user, String id) {
        Review review = find(id).orElseThrow(() -> notFound(id));
        if (!review.involves(user.agency())) {
            AccessRules.requireReaderOf(user, String.join(", ", review.details().agencies()));
        }
        AccessRules.requireReaderInside(user, place(review.details()));
        return review;
    }

    /** A review by id, whoever asks: awards refer to reviews of any agency. */
    public Optional<Review> find(String id) {
        return recorder.find(id).map(Recorder.Stored::aggregate);
    }

    public List<Review> list(ReviewFilter filter, int page, int size) {
        return store.list(filter, page, size);
    }

    public long count(ReviewFilter filter) {
        return store.count(filter);
    }

    /** The unit a review's locality names, as of the day it was held. */
    public AdminPath place(ReviewDetails details) {
        return Submitted.place(gazetteer, details.locality(), details.heldOn());
    }

    /** A RECORDER of the organiser or, for a joint review, of one of the agencies that held it. */
    private static void requireRecorder(AntqUser user, ReviewDetails details, AdminPath place) {
        String agency = details.agencies().contains(user.agency()) ? user.agency()
                : String.join(", ", details.agencies());
        AccessRules.requireRecorderFor(user, agency, place);
    }

    private ReviewValidation.Valid validOrThrow(ReviewForm form) {
        return validation.check(form, VietnamTime.today(clock)).orElseThrow(ProblemAnswers::badRequest);
    }

    private Recorder.Change<Review> change(Review.Change change) {
        return new Recorder.Change<>(change.review(), PendingEvent.of(change.contract(), change.event(), source));
    }

    static ApiException notFound(String id) {
        return ApiException.of(HttpStatus.NOT_FOUND, ProblemType.NOT_FOUND,
                "Không có hội nghị sơ kết / tổng kết mã " + id, "No review conference with id " + id);
    }
}
