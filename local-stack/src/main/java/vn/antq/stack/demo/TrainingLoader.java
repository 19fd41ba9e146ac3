package vn.antq.stack.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import vn.antq.contracts.common.KnownAgencies;
import vn.antq.stack.ServiceClient;

/**
 * Records the digital-skills trainings through event-service, each with its organising agency's token and an
 * Idempotency-Key. It first reads the titles each agency has recorded already, so a second load only reads.
 */
final class TrainingLoader {

    private static final String TRAININGS = "/api/v1/trainings";

    private final ServiceClient events;
    private final DemoTokens tokens;
    private final LoadTally tally;

    TrainingLoader(ServiceClient events, DemoTokens tokens, LoadTally tally) {
        this.events = events;
        this.tokens = tokens;
        this.tally = tally;
    }

    void load(List<DemoTraining> all) {
        for (KnownAgencies.Agency agency : KnownAgencies.ALL) {
            String token = tokens.recorder(agency.code());
            List<DemoTraining> own = all.stream().filter(t -> t.agency().equals(agency.code())).toList();
            if (own.isEmpty()) {
                continue;
            }
            Set<String> recorded = recordedTitles(token);
            for (DemoTraining training : own) {
                boolean created = !recorded.contains(training.title());
                if (created) {
                    events.postJson(TRAININGS, token, form(training),
                            Map.of("Idempotency-Key", "demo-training-" + Integer.toHexString(training.title().hashCode())
                                    + "-" + training.startDate()), Set.of(201));
                }
                tally.count("digital-skills trainings", created);
            }
        }
    }

    /** The titles of the trainings the token's agency recorded already in the province. */
    private Set<String> recordedTitles(String token) {
        Set<String> titles = new HashSet<>();
        for (int page = 0; ; page++) {
            JsonNode answer = events.get(TRAININGS + "?locality=" + KonTumPlaces.PROVINCE + "&size=100&page=" + page,
                    token, Set.of(200)).body();
            answer.path("items").forEach(item -> titles.add(item.path("title").asString()));
            if (page + 1 >= answer.path("totalPages").asInt()) {
                return titles;
            }
        }
    }

    private static Map<String, Object> form(DemoTraining t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("locality", place(t.district(), null));
        body.put("title", t.title());
        body.put("startDate", t.startDate().toString());
        body.put("endDate", t.endDate().toString());
        body.put("topics", t.topics());
        body.put("trainers", t.trainers());
        body.put("attendees", t.attendees().stream().map(line -> Map.of("agency", line.agency(),
                "unit", place(line.district(), line.commune()), "staff", line.staff())).toList());
        return body;
    }

    private static Map<String, String> place(String district, String commune) {
        Map<String, String> place = new LinkedHashMap<>();
        place.put("province", KonTumPlaces.PROVINCE);
        if (district != null) {
            place.put("district", district);
        }
        if (commune != null) {
            place.put("commune", commune);
        }
        return place;
    }
}
