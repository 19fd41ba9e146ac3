package vn.antq.identity.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;

import vn.antq.identity.IdentityProperties;
import vn.antq.identity.IdentityServiceTest;

/**
 * Several instances of identity-service (or several requests of one) that find at the same moment that a new signing
 * key is needed: one key is made, and all sign with it. In a database of its own, so that the keys of the service
 * under test stay as they are.
 */
@IdentityServiceTest
class SigningKeysIT {

    private static final int INSTANCES = 6;

    @Autowired
    MongoClient client;
    @Autowired
    Clock clock;
    @Autowired
    IdentityProperties properties;

    private MongoTemplate mongo;

    @BeforeEach
    void emptyDatabase() {
        mongo = new MongoTemplate(client, "signing_keys_it");
        mongo.dropCollection(SigningKeys.COLLECTION);
    }

    @Test
    void instancesThatFindNoKeyAtOnceAllSignWithTheOneKeyOneOfThemMade() throws Exception {
        Set<String> signing = currentAtOnce(clock);

        assertThat(signing).hasSize(1);
        assertThat(keysStored()).hasSize(1);
        assertThat(keysStored().get(0).getString(SigningKeys.SUCCEEDS)).isEqualTo(SigningKeys.FIRST);
    }

    @Test
    void instancesThatFindTheKeyDueAtOnceAllSignWithTheOneSuccessorOneOfThemMade() throws Exception {
        String first = new SigningKeys(mongo, clock, properties).current().getKeyID();
        Clock later = Clock.offset(clock, properties.signingKeyRotation().plus(Duration.ofMinutes(1)));

        Set<String> signing = currentAtOnce(later);

        assertThat(signing).hasSize(1).doesNotContain(first);
        List<Document> stored = keysStored();
        assertThat(stored).hasSize(2);
        assertThat(stored).filteredOn(key -> first.equals(key.getString(SigningKeys.SUCCEEDS)))
                .extracting(key -> key.getString("_id")).containsExactlyElementsOf(signing);
    }

    @Test
    void anExplicitRotationAfterAnotherMakesAKeyEachTime() {
        SigningKeys keys = new SigningKeys(mongo, clock, properties);
        String first = keys.current().getKeyID();

        String second = keys.rotate().getKeyID();
        String third = keys.rotate().getKeyID();

        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(keys.current().getKeyID()).isEqualTo(third);
        assertThat(keys.published()).extracting(key -> key.getKeyID()).contains(second, third);
    }

    @Test
    void keysMadeBeforeKeysNamedTheirPredecessorStayPublishedAndTheNewestIsSucceededOnce() throws Exception {
        // Two keys as an earlier version kept them (during a rotation both are published), without the field.
        SigningKeys earlier = new SigningKeys(mongo, clock, properties);
        String older = earlier.current().getKeyID();
        String newer = earlier.rotate().getKeyID();
        mongo.getCollection(SigningKeys.COLLECTION).updateMany(new Document(),
                new Document("$unset", new Document(SigningKeys.SUCCEEDS, "")));
        mongo.getCollection(SigningKeys.COLLECTION).dropIndexes();

        assertThat(new SigningKeys(mongo, clock, properties).published()).extracting(key -> key.getKeyID())
                .containsExactly(newer, older);
        Clock later = Clock.offset(clock, properties.signingKeyRotation().plus(Duration.ofMinutes(1)));
        Set<String> signing = currentAtOnce(later);

        assertThat(signing).hasSize(1).doesNotContain(older, newer);
        assertThat(keysStored()).filteredOn(key -> newer.equals(key.getString(SigningKeys.SUCCEEDS))).hasSize(1);
    }

    /** The key each of several instances signs with, all asked at the same moment. */
    private Set<String> currentAtOnce(Clock at) throws Exception {
        CyclicBarrier start = new CyclicBarrier(INSTANCES);
        List<Callable<String>> asks = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            SigningKeys instance = new SigningKeys(mongo, at, properties);
            asks.add(() -> {
                start.await();
                return instance.current().getKeyID();
            });
        }
        ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
        try {
            Set<String> kids = new HashSet<>();
            for (Future<String> kid : threads.invokeAll(asks)) {
                kids.add(kid.get());
            }
            return kids;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<Document> keysStored() {
        return mongo.getCollection(SigningKeys.COLLECTION).find().into(new ArrayList<>());
    }
}
