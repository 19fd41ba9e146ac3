package vn.antq.resilience.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import vn.antq.resilience.api.Answer;

/**
 * What every answer must be, whatever was sent (DESIGN §4): never a 5xx but the 503 of a database outage, never a
 * stack trace or the platform's insides, and every error an {@code application/problem+json} with its status,
 * title and detail.
 */
public final class CleanAnswers {

    /**
     * A Java stack frame, an exception's name, or a class of the platform or of its libraries named with its package
     * ({@code vn.antq.activities.activity.ActivityStore}; an event type such as {@code vn.antq.activity.recorded.v1} is
     * public and allowed).
     */
    private static final Pattern INSIDES = Pattern.compile(
            "(\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\()|([A-Z][\\w$]*(Exception|Error)\\b)"
                    + "|(\\b(java|javax|jakarta|sun|org\\.springframework|org\\.apache|tools\\.jackson|com\\.fasterxml"
                    + "|com\\.mongodb|org\\.bson|de\\.bwaldvogel|io\\.netty|vn\\.antq)(\\.[a-z_][\\w]*)*\\.[A-Z][\\w$]*)");

    private CleanAnswers() {
    }

    /** Why the answer is not clean; empty if it is. 503 is allowed only when {@code outageAllowed}. */
    public static List<String> problems(Answer answer, boolean outageAllowed) {
        List<String> problems = new ArrayList<>();
        if (answer.status() >= 500 && !(outageAllowed && answer.status() == 503)) {
            problems.add("status " + answer.status());
        }
        String body = answer.body() == null ? "" : answer.body();
        if (INSIDES.matcher(body).find()) {
            problems.add("the body shows the platform's insides: " + INSIDES.matcher(body).results().findFirst()
                    .map(m -> m.group()).orElse(""));
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                problems.add("an error that is not problem+json: Content-Type " + type);
            } else {
                problems.addAll(problemFields(answer));
            }
        }
        return problems;
    }

    public static boolean isClean(Answer answer) {
        return problems(answer, false).isEmpty();
    }

    /** Fails with the answer if it is not clean. */
    public static Answer requireClean(Answer answer) {
        List<String> problems = problems(answer, false);
        if (!problems.isEmpty()) {
            throw new AssertionError("Not a clean answer (" + String.join("; ", problems) + "): " + answer.describe());
        }
        return answer;
    }

    private static List<String> problemFields(Answer answer) {
        List<String> problems = new ArrayList<>();
        JsonNode json;
        try {
            json = answer.json();
        } catch (JacksonException e) {
            return List.of("a problem+json body that is not JSON");
        }
        if (json.path("status").asInt() != answer.status()) {
            problems.add("problem status " + json.path("status") + " is not the HTTP status");
        }
        if (json.path("title").asString("").isBlank()) {
            problems.add("problem without a title");
        }
        if (json.path("detail").asString("").isBlank()) {
            problems.add("problem without a detail");
        }
        return problems;
    }
}
