package vn.antq.identity.signin;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The last time step whose code each account gave: a code is accepted once (RFC 6238, section 5.2), and never one of
 * an earlier step than the last accepted, so a code seen over a shoulder or in a proxy's log cannot be given again
 * within its window. One document per account in {@code totp_last_steps}; a step is claimed by one conditional
 * write, so two portal requests giving the same code at once cannot both pass, whatever instance answers them.
 */
@Component
class UsedCodes {

    static final String COLLECTION = "totp_last_steps";

    private final MongoTemplate mongo;

    UsedCodes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Claims {@code step} for the account: true the first time, false when it or a later step was given before. */
    boolean claim(String username, long step, Instant at) {
        Query earlier = Query.query(Criteria.where("_id").is(username).and("step").lt(step));
        try {
            // Matches when the account's last step is earlier (or, upserting, when it has none); when it is this
            // step or a later one the insert collides with the account's document.
            mongo.upsert(earlier, Update.update("step", step).set("at", at), COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyGiven) {
            return false;
        }
    }
}
