package vn.antq.resilience.api;

import java.util.Map;

import vn.antq.resilience.check.CleanAnswers;
import vn.antq.resilience.data.Bodies;
import vn.antq.resilience.stack.Platform;

/**
 * The agencies' clerks at model-service and award-service: each call is one request with the right person's token
 * (a recorder records, a second person approves), and every answer must be clean.
 */
public final class Clerks {

    private final Platform platform;

    public Clerks(Platform platform) {
        this.platform = platform;
    }

    public Answer registerModel(String agency, Map<String, Object> body) {
        return clean(platform.models().http().postJson("/api/v1/models", platform.tokens().recorder(agency), Bodies.json(body)));
    }

    public Answer fileReport(String agency, String modelId, Map<String, Object> body) {
        return clean(platform.models().http().postJson("/api/v1/models/" + modelId + "/reports",
                platform.tokens().recorder(agency), Bodies.json(body)));
    }

    public Answer holdReview(String agency, Map<String, Object> body) {
        return clean(platform.awards().http().postJson("/api/v1/reviews", platform.tokens().recorder(agency), Bodies.json(body)));
    }

    public Answer nominate(String agency, Map<String, Object> body) {
        return clean(platform.awards().http().postJson("/api/v1/awards", platform.tokens().recorder(agency), Bodies.json(body)));
    }

    public Answer approve(String agency, String awardId, String etag, Map<String, Object> decision) {
        return clean(platform.awards().http().postJson("/api/v1/awards/" + awardId + "/decision",
                platform.tokens().approver(agency), Bodies.json(decision), Map.of("If-Match", etag)));
    }

    public Answer confer(String agency, String awardId, String etag) {
        return clean(platform.awards().http().send("POST", "/api/v1/awards/" + awardId + "/confer",
                platform.tokens().recorder(agency), Map.of("If-Match", etag), null, null));
    }

    private static Answer clean(Answer answer) {
        return CleanAnswers.requireClean(answer);
    }
}
