package vn.antq.stack.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.antq.stack.ServiceClient;

/**
 * Loads the review conferences and the commendations through award-service. Reviews and nominations carry an
 * Idempotency-Key, so a second load gets the first one's records back, in their current state; an award then
 * takes only the steps its status still allows: the decision (by the agency's approver, who did not nominate it)
 * and the conferment (by its recorder).
 */
final class AwardLoader {

    private final ServiceClient awards;
    private final DemoTokens tokens;
    private final LoadTally tally;

    AwardLoader(ServiceClient awards, DemoTokens tokens, LoadTally tally) {
        this.awards = awards;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(List<DemoReview> reviews, List<DemoAward> commendations) {
        Map<String, String> reviewIds = new HashMap<>();
        for (DemoReview review : reviews) {
            ServiceClient.Reply held = awards.postJson("/api/v1/reviews", tokens.recorder(review.recorder()),
                    review(review), Map.of("Idempotency-Key", "demo-review-" + review.key()), Set.of(201));
            reviewIds.put(review.key(), held.text("id"));
            tally.count("reviews", !held.replayed());
        }
        for (DemoAward award : commendations) {
            load(award, reviewIds.get(award.reviewKey()));
        }
    }

    private void load(DemoAward award, String reviewId) {
        String recorder = tokens.recorder(award.recipientAgency());
        ServiceClient.Reply current = awards.postJson("/api/v1/awards", recorder, nomination(award, reviewId),
                Map.of("Idempotency-Key", "demo-award-" + award.key()), Set.of(201));
        tally.count("awards", !current.replayed());
        String path = "/api/v1/awards/" + current.text("id");
        if ("NOMINATED".equals(current.text("status"))) {
            Map<String, Object> approval = new LinkedHashMap<>();
            approval.put("approve", true);
            approval.put("issuer", award.issuer());
            approval.put("decisionNo", award.decisionNo());
            approval.put("decidedOn", award.decidedOn().toString());
            current = awards.postJson(path + "/decision", tokens.approver(award.recipientAgency()), approval,
                    Map.of("If-Match", current.etag()), Set.of(200));
        }
        if ("APPROVED".equals(current.text("status"))) {
            current = awards.postJson(path + "/confer", recorder, null, Map.of("If-Match", current.etag()), Set.of(200));
        }
        if (!"CONFERRED".equals(current.text("status"))) {
            throw new DemoLoadException("Award \"" + award.recipientName() + "\" is " + current.text("status")
                    + ", not CONFERRED");
        }
    }

    private static Map<String, Object> review(DemoReview review) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", review.kind().name());
        body.put("organiser", review.organiser());
        body.put("agencies", review.agencies());
        body.put("level", "PROVINCE");
        body.put("locality", Map.of("province", KonTumPlaces.PROVINCE));
        body.put("heldOn", review.heldOn().toString());
        body.put("periodFrom", review.periodFrom().toString());
        body.put("periodTo", review.periodTo().toString());
        body.put("title", review.title());
        return body;
    }

    private static Map<String, Object> nomination(DemoAward award, String reviewId) {
        Map<String, Object> locality = new LinkedHashMap<>();
        locality.put("province", KonTumPlaces.PROVINCE);
        if (award.district() != null) {
            locality.put("district", award.district());
        }
        if (award.commune() != null) {
            locality.put("commune", award.commune());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("form", award.form().name());
        body.put("recipientType", award.recipientType().name());
        body.put("recipientName", award.recipientName());
        body.put("recipientAgency", award.recipientAgency());
        body.put("locality", locality);
        body.put("reviewId", reviewId);
        body.put("citation", award.citation());
        body.put("activityIds", List.of());
        body.put("modelIds", List.of());
        return body;
    }
}
