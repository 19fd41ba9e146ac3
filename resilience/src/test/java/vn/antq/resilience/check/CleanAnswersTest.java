package vn.antq.resilience.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.antq.resilience.api.Answer;

class CleanAnswersTest {

    private static Answer answer(int status, String contentType, String body) {
        return new Answer("event-service", "POST", "/api/v1/activities", status, Map.of("content-type", contentType), body, 0);
    }

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aProblemWithStatusTitleAndDetailIsClean() {
        assertThat(CleanAnswers.problems(answer(400, PROBLEM,
                "{\"status\": 400, \"title\": \"Invalid data\", \"detail\": \"participants - must be a whole number\"}"), false))
                .isEmpty();
    }

    @Test
    void anEventTypeInABodyIsPublicNotTheInsides() {
        assertThat(CleanAnswers.isClean(answer(200, "application/json",
                "{\"type\": \"vn.antq.activity.recorded.v1\", \"title\": \"Họp thôn\"}"))).isTrue();
    }

    @Test
    void stackFramesExceptionsAndClassNamesAreTheInsides() {
        assertThat(CleanAnswers.isClean(answer(200, "application/json", "at vn.antq.activities.activity.ActivityStore.insert("))).isFalse();
        assertThat(CleanAnswers.isClean(answer(200, "application/json", "{\"detail\": \"NullPointerException\"}"))).isFalse();
        assertThat(CleanAnswers.isClean(answer(200, "application/json", "{\"detail\": \"type java.lang.Long\"}"))).isFalse();
        assertThat(CleanAnswers.isClean(answer(200, "application/json", "{\"x\": \"com.mongodb.MongoSocketReadException\"}"))).isFalse();
    }

    @Test
    void a5xxIsNeverCleanButTheOutagesOwn503MayBeAllowed() {
        Answer unavailable = answer(503, PROBLEM, "{\"status\": 503, \"title\": \"Unavailable\", \"detail\": \"Try again\"}");
        assertThat(CleanAnswers.problems(unavailable, false)).containsExactly("status 503");
        assertThat(CleanAnswers.problems(unavailable, true)).isEmpty();
        assertThat(CleanAnswers.isClean(answer(500, PROBLEM, "{\"status\": 500, \"title\": \"x\", \"detail\": \"y\"}"))).isFalse();
    }

    @Test
    void anErrorThatIsNotProblemJsonOrSaysNothingIsNotClean() {
        assertThat(CleanAnswers.isClean(answer(404, "text/html", "<html>Whitelabel Error Page</html>"))).isFalse();
        assertThat(CleanAnswers.problems(answer(403, PROBLEM, "{\"status\": 403}"), false))
                .contains("problem without a title", "problem without a detail");
    }
}
