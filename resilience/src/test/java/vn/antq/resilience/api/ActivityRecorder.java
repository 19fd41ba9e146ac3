package vn.antq.resilience.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import vn.antq.resilience.check.AcceptedActivities;
import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.data.Activity;
import vn.antq.resilience.data.Agencies;
import vn.antq.resilience.data.Places;

/**
 * Agencies recording through event-service, as their apps do: record, revise (If-Match) and cancel activities
 * with their own recorders' tokens. Every accepted write goes into the {@link AcceptedActivities} book; every
 * answer must be clean.
 */
public final class ActivityRecorder {

    private final Http events;
    private final Tokens tokens;
    private final AcceptedActivities book;

    public ActivityRecorder(Http events, Tokens tokens, AcceptedActivities book) {
        this.events = events;
        this.tokens = tokens;
        this.book = book;
    }

    public AcceptedActivities book() {
        return book;
    }

    public Answer record(Activity activity) {
        Answer answer = CleanAnswers.requireClean(events.postJson("/api/v1/activities",
                tokens.recorder(activity.agency()), activity.json()));
        if (answer.status() == 201) {
            book.recorded(answer.text("id"), activity);
        }
        return answer;
    }

    public Answer revise(String id, Activity revised) {
        long version = book.state(id).version();
        Answer answer = CleanAnswers.requireClean(events.putJson("/api/v1/activities/" + id,
                tokens.recorder(revised.agency()), revised.json(), Map.of("If-Match", "\"" + version + "\"")));
        if (answer.status() == 200) {
            book.revised(id, revised, answer.json().path("version").asLong());
        }
        return answer;
    }

    public Answer cancel(String id) {
        AcceptedActivities.State state = book.state(id);
        Answer answer = CleanAnswers.requireClean(events.delete("/api/v1/activities/" + id,
                tokens.recorder(state.activity().agency()), Map.of("If-Match", "\"" + state.version() + "\"")));
        if (answer.status() == 200) {
            book.cancelled(id, answer.json().path("version").asLong());
        }
        return answer;
    }

    /**
     * One worker's stream of writes, as a busy agency makes them: mostly new activities, some revised, a few
     * cancelled (each activity is only ever touched by the worker that recorded it, as one clerk would).
     */
    public final class Worker {
        private final Random random;
        private final Function<Random, Activity> drafts;
        private final List<String> mine = new ArrayList<>();

        /** New activities by any of the four agencies, anywhere in {@code places}. */
        public Worker(Places places, long seed) {
            this(random -> Activity.random(Agencies.any(random), places, random), seed);
        }

        /** New activities as {@code drafts} draws them (all in one cell, for instance). */
        public Worker(Function<Random, Activity> drafts, long seed) {
            this.drafts = drafts;
            this.random = new Random(seed);
        }

        public Answer next() {
            int dice = random.nextInt(10);
            if (dice < 2 && !mine.isEmpty()) {
                String id = mine.get(random.nextInt(mine.size()));
                AcceptedActivities.State state = book.state(id);
                return state.cancelled() ? record() : revise(id, state.activity().revised(random));
            }
            if (dice == 2 && !mine.isEmpty()) {
                String id = mine.remove(random.nextInt(mine.size()));
                return cancel(id);
            }
            return record();
        }

        private Answer record() {
            Answer answer = ActivityRecorder.this.record(drafts.apply(random));
            if (answer.status() == 201) {
                mine.add(answer.text("id"));
            }
            return answer;
        }
    }
}
