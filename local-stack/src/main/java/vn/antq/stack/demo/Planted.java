package vn.antq.stack.demo;

/**
 * A shortcoming the demo plants on purpose (point 6 of the article), so that analytics has something true
 * to find and tests can check that it finds it.
 *
 * @param subject  what analytics should name: a locality code, an agency pair "VETERANS|FARMERS", a model's
 *                 name, or "AGENCY|locality"
 * @param name     the subject as people read it
 * @param evidence the numbers planted, in English
 */
public record Planted(Kind kind, String subject, String name, String evidence) {

    /** The kinds of finding of {@code GET /api/v1/analytics/shortcomings}. */
    public enum Kind {
        LOW_PARTICIPATION, LOOSE_COORDINATION, PAPER_ONLY_MODEL, OVERLAPPING_MODELS, IRREGULAR_REVIEWS, IRREGULAR_REPORTING,
        OUTCOME_WORSENING, DIGITAL_SKILLS_GAP, MATERIALS_GAP
    }
}
