package vn.antq.analytics.shortcomings;

/** What the platform finds wrong by itself (hạn chế, point 6 of the province's review), in the order it lists them. */
public enum ShortcomingKind {
    /** Outreach in some localities did not reach good results. */
    LOW_PARTICIPATION,
    /** Coordination between the forces was at times and in places loose. */
    LOOSE_COORDINATION,
    /** Security models that operate only on paper (hoạt động hình thức). */
    PAPER_ONLY_MODEL,
    /** Security models that overlap (chồng chéo). */
    OVERLAPPING_MODELS,
    /** Interim and final reviews, and commendations, not held regularly. */
    IRREGULAR_REVIEWS,
    /** Units that do not send their periodic reports, or not on time. */
    IRREGULAR_REPORTING,
    /** Communes where incidents rose while outreach fell. */
    OUTCOME_WORSENING,
    /** Grassroots outreach staff who lack digital skills: communes with no online outreach and nobody trained. */
    DIGITAL_SKILLS_GAP,
    /** Grassroots outreach staff who lack official materials, where outreach is weak. */
    MATERIALS_GAP
}
