package vn.antq.kit.recording;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.bson.Document;
import vn.antq.kit.outbox.OutboxRelay;
import vn.antq.kit.outbox.PendingEvent;
import vn.antq.kit.store.AggregateCollection;
import vn.antq.kit.web.ApiException;
import vn.antq.kit.web.Etags;

/**
 * The recording workflow every aggregate shares, once: idempotent creation with replay (422 when a key is reused for
 * another body), If-Match (428 without a concrete version, 412 unless it is the current one), the single-document
 * write of state, pending event and audit (the events array is both), the versioned replace (412 with the current
 * version when someone changed it meanwhile), and waking the outbox relay after every write.
 *
 * <p>An aggregate plugs in its document {@link Mapping}; its service keeps what is its own: reading and checking the
 * form ({@link Checked}, answered with {@link ProblemAnswers#badRequest}), who may do it, and the domain change with its
 * event. See the kit's README for the smallest example.
 *
 * @param <A> the aggregate
 */
public final class Recorder<A> {

    /** How an aggregate is stored: its id and version, and its state to and from its document. */
    public record Mapping<A>(Function<A, String> id, ToLongFunction<A> version, Function<A, Document> toDocument,
                             Function<Document, A> fromDocument) {
    }

    /** A change of an aggregate: its new state and the event that says so. */
    public record Change<A>(A aggregate, PendingEvent event) {
    }

    /** A stored aggregate with the keyed request that created it and the last keyed one that wrote it (or nulls). */
    public record Stored<A>(A aggregate, IdempotentRequest creation, IdempotentRequest lastRequest) {
    }

    /** The result of a create: the aggregate, and whether an earlier try of the same request created it. */
    public record Created<A>(A aggregate, boolean replayed) {
    }

    private final AggregateCollection collection;
    private final Mapping<A> mapping;
    private final OutboxRelay relay;
    private final String resource;
    private final boolean keepsLastRequest;

    /** @param resource the aggregate's name in a 404 answer ({@code activity}, {@code review}) */
    public Recorder(AggregateCollection collection, Mapping<A> mapping, OutboxRelay relay, String resource) {
        this(collection, mapping, relay, resource, false);
    }

    private Recorder(AggregateCollection collection, Mapping<A> mapping, OutboxRelay relay, String resource,
                     boolean keepsLastRequest) {
        this.collection = collection;
        this.mapping = mapping;
        this.relay = relay;
        this.resource = resource;
        this.keepsLastRequest = keepsLastRequest;
    }

    /**
     * This recorder, also keeping the last keyed request that wrote the aggregate ({@value IdempotentRequest#LAST}),
     * for aggregates whose later POSTs take an {@code Idempotency-Key} too (a model's status change).
     */
    public Recorder<A> keepingLastRequest() {
        return new Recorder<>(collection, mapping, relay, resource, true);
    }

    public Optional<Stored<A>> find(String id) {
        return collection.find(id).map(d -> new Stored<>(mapping.fromDocument().apply(d), IdempotentRequest.creationOf(d),
                IdempotentRequest.lastOf(d)));
    }

    /** The aggregate, or 404. */
    public A get(String id) {
        return find(id).map(Stored::aggregate).orElseThrow(() -> ApiException.notFound(resource, id));
    }

    /**
     * Inserts the new aggregate with its first event and the request that created it, in one write; when its id exists
     * already (a retry: the id derives from the key), answers with the stored aggregate, or 422 if the body differs.
     */
    public Created<A> create(Change<A> change, IdempotentRequest request) {
        Document state = mapping.toDocument().apply(change.aggregate());
        if (keepsLastRequest) {
            state.append(IdempotentRequest.LAST, IdempotentRequest.toDocument(request))
                    .append(IdempotentRequest.CREATION, IdempotentRequest.toDocument(request));
        } else {
            IdempotentRequest.append(state, IdempotentRequest.CREATION, request);
        }
        if (collection.insert(state, change.event())) {
            relay.wakeUp();
            return new Created<>(change.aggregate(), false);
        }
        return replay(mapping.id().apply(change.aggregate()), request).orElseThrow();
    }

    /**
     * The answer to a retry when the aggregate {@code id} exists already (422 if the body differs); empty if it does
     * not. For a create that must know before it writes anything else (a claim).
     */
    public Optional<Created<A>> replay(String id, IdempotentRequest request) {
        return find(id).map(earlier -> {
            // Documents stored before the creating request was kept apart have only their last keyed request.
            IdempotentRequest original = earlier.creation() != null ? earlier.creation() : earlier.lastRequest();
            if (original == null) {
                throw IdempotencyKeys.keyReusedForAnotherRequest();
            }
            original.requireSameBodyAs(request);
            return new Created<>(earlier.aggregate(), true);
        });
    }

    /** 428 without a concrete version in {@code If-Match}, 412 unless it is the current aggregate's. */
    public void requireIfMatch(String ifMatch, A current) {
        Etags.requireIfMatch(ifMatch, mapping.version().applyAsLong(current));
    }

    /**
     * Replaces {@code current} by the change and appends its event, in one write, if it is still at its version;
     * otherwise 412 with the version now stored.
     */
    public A save(A current, Change<A> change) {
        return save(current, change, () -> { });
    }

    /** {@link #save(Object, Change)}, keeping {@code request} as the last keyed one that wrote it (when not null). */
    public A save(A current, Change<A> change, IdempotentRequest request) {
        return write(current, change, request, () -> { });
    }

    /** {@link #save(Object, Change)}, running {@code onStale} (undoing a claim) before the 412. */
    public A save(A current, Change<A> change, Runnable onStale) {
        return write(current, change, null, onStale);
    }

    private A write(A current, Change<A> change, IdempotentRequest request, Runnable onStale) {
        long expected = mapping.version().applyAsLong(current);
        Document state = mapping.toDocument().apply(change.aggregate());
        if (keepsLastRequest && request != null) {
            state.append(IdempotentRequest.LAST, request.toDocument());
        }
        if (!collection.replace(state, expected, change.event())) {
            onStale.run();
            long latest = find(mapping.id().apply(current)).map(s -> mapping.version().applyAsLong(s.aggregate()))
                    .orElse(expected);
            throw ApiException.preconditionFailed(latest);
        }
        relay.wakeUp();
        return change.aggregate();
    }
}
