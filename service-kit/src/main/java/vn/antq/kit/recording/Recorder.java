package vn.antq.kit.recording;

import java.util.List;
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
 * event. A retry is told by the request that created the aggregate (its id derives from the key), or, for aggregates
 * whose id names what they are about, by the last request that wrote it ({@link #judgingRetriesByLastRequest()}). See
 * the kit's README for the smallest example.
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

    /** The result of a keyed write on an existing aggregate: the aggregate, and whether an earlier try made it. */
    public record Written<A>(A aggregate, boolean replayed) {
    }

    /** Which keyed requests a recorder keeps in the document, and so how it tells a retry. */
    private enum Retries {
        /** The request that created the aggregate (its id derives from the key): a retry finds that id. */
        BY_CREATION,
        /** That, and also the last keyed request that wrote the aggregate, for later POSTs that take a key. */
        BY_CREATION_KEEPING_LAST,
        /** Only the last request that wrote the aggregate, each write replacing it: its id names what it is about. */
        BY_LAST
    }

    private final AggregateCollection collection;
    private final Mapping<A> mapping;
    private final OutboxRelay relay;
    private final String resource;
    private final Retries retries;

    /** @param resource the aggregate's name in a 404 answer ({@code activity}, {@code review}) */
    public Recorder(AggregateCollection collection, Mapping<A> mapping, OutboxRelay relay, String resource) {
        this(collection, mapping, relay, resource, Retries.BY_CREATION);
    }

    private Recorder(AggregateCollection collection, Mapping<A> mapping, OutboxRelay relay, String resource,
                     Retries retries) {
        this.collection = collection;
        this.mapping = mapping;
        this.relay = relay;
        this.resource = resource;
        this.retries = retries;
    }

    /**
     * This recorder, also keeping the last keyed request that wrote the aggregate ({@value IdempotentRequest#LAST}),
     * for aggregates whose later POSTs take an {@code Idempotency-Key} too (a model's status change; see
     * {@link #update}). A write without a key leaves it as it is.
     */
    public Recorder<A> keepingLastRequest() {
        return new Recorder<>(collection, mapping, relay, resource, Retries.BY_CREATION_KEEPING_LAST);
    }

    /**
     * This recorder for aggregates whose id names what they are about, not a key (a model's report of a period, filed
     * and then corrected by POSTs to one address): it keeps only the last request that wrote the aggregate
     * ({@value IdempotentRequest#LAST}), every write replacing it (a write without a key clears it), and judges a retry
     * by that request alone ({@link #update}). A create that finds the id taken by another request answers what its caller says
     * ({@link #create(Change, IdempotentRequest, Function)}).
     */
    public Recorder<A> judgingRetriesByLastRequest() {
        return new Recorder<>(collection, mapping, relay, resource, Retries.BY_LAST);
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
        return create(change, request, existing -> ApiException.conflict("problem.conflict.duplicate"));
    }

    /**
     * {@link #create(Change, IdempotentRequest)}, answering {@code taken} (made from the stored aggregate) when the id
     * exists and the request is not a retry of the one that last wrote it: the case of a recorder
     * {@link #judgingRetriesByLastRequest() judging retries by the last request} (a report of a period filed already).
     * Other recorders never reach it: their ids derive from the key, so an existing id is a retry or a reused key (422).
     */
    public Created<A> create(Change<A> change, IdempotentRequest request,
                             Function<? super A, ? extends RuntimeException> taken) {
        Document state = mapping.toDocument().apply(change.aggregate());
        switch (retries) {
            case BY_CREATION -> IdempotentRequest.append(state, IdempotentRequest.CREATION, request);
            case BY_CREATION_KEEPING_LAST -> state.append(IdempotentRequest.LAST, IdempotentRequest.toDocument(request))
                    .append(IdempotentRequest.CREATION, IdempotentRequest.toDocument(request));
            case BY_LAST -> state.append(IdempotentRequest.LAST, IdempotentRequest.toDocument(request));
        }
        String id = mapping.id().apply(change.aggregate());
        if (collection.insert(state, change.event())) {
            relay.wakeUp(collection.name(), List.of(id));
            return new Created<>(change.aggregate(), false);
        }
        if (retries == Retries.BY_LAST) {
            Stored<A> existing = find(id).orElseThrow();
            return replayOfLast(existing, request).map(earlier -> new Created<>(earlier, true))
                    .orElseThrow(() -> taken.apply(existing.aggregate()));
        }
        return replay(id, request).orElseThrow();
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

    /**
     * The stored aggregate when {@code request} repeats the last keyed request that wrote it (a retry, to be answered
     * again without writing); 422 when it reuses that request's key with another body; otherwise empty.
     */
    private Optional<A> replayOfLast(Stored<A> stored, IdempotentRequest request) {
        IdempotentRequest last = stored.lastRequest();
        if (last == null) {
            return Optional.empty();
        }
        if (last.keyReusedBy(request)) {
            throw IdempotencyKeys.keyReusedForAnotherRequest();
        }
        return last.isRepeatedBy(request) ? Optional.of(stored.aggregate()) : Optional.empty();
    }

    /**
     * A keyed write on a stored aggregate (a model's status change, a report's correction): answered again when it
     * repeats the last keyed request that wrote the aggregate; otherwise If-Match (428, 412),
     * then the change made of the current aggregate saved at its version, keeping {@code request} as the last one.
     */
    public Written<A> update(Stored<A> stored, String ifMatch, IdempotentRequest request,
                             Function<? super A, Change<A>> change) {
        Optional<A> replayed = replayOfLast(stored, request);
        if (replayed.isPresent()) {
            return new Written<>(replayed.get(), true);
        }
        A current = stored.aggregate();
        requireIfMatch(ifMatch, current);
        return new Written<>(write(current, change.apply(current), request, () -> { }), false);
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

    /** {@link #save(Object, Change)}, running {@code onStale} (undoing a claim) before the 412. */
    public A save(A current, Change<A> change, Runnable onStale) {
        return write(current, change, null, onStale);
    }

    private A write(A current, Change<A> change, IdempotentRequest request, Runnable onStale) {
        long expected = mapping.version().applyAsLong(current);
        Document state = mapping.toDocument().apply(change.aggregate());
        if (retries == Retries.BY_LAST || retries == Retries.BY_CREATION_KEEPING_LAST && request != null) {
            state.append(IdempotentRequest.LAST, IdempotentRequest.toDocument(request));
        }
        if (!collection.replace(state, expected, change.event())) {
            onStale.run();
            long latest = find(mapping.id().apply(current)).map(s -> mapping.version().applyAsLong(s.aggregate()))
                    .orElse(expected);
            throw ApiException.preconditionFailed(latest);
        }
        relay.wakeUp(collection.name(), List.of(mapping.id().apply(current)));
        return change.aggregate();
    }
}
