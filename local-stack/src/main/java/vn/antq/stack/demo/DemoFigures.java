package vn.antq.stack.demo;

import java.util.Locale;

/**
 * The demo's figures: the article's three, and the totals that show every record has been applied.
 *
 * @param womenUnionParticipations      participations of the Women's Union's activities, 2019-2024
 * @param finalReviewCommendations      awards conferred at the 2019-2024 final review (the year 2024)
 * @param womenUnionCertificatesOfMerit Certificates of Merit conferred on Women's Union units at it
 * @param activities                    activities that count (not cancelled), all agencies
 * @param participants                  their participations
 * @param models                        self-managed models, any status
 * @param modelReports                  their reports
 * @param awards                        awards conferred, any year
 * @param outcomeRecords                the police's figures of a commune and month, 2019-2024
 * @param trainedStaff                  staff trained in digital skills, 2021-2024
 * @param materialDistributions         official materials given to communes
 */
public record DemoFigures(
        long womenUnionParticipations,
        long finalReviewCommendations,
        long womenUnionCertificatesOfMerit,
        long activities,
        long participants,
        long models,
        long modelReports,
        long awards,
        long outcomeRecords,
        long trainedStaff,
        long materialDistributions) {

    /** The figures for a person, in Vietnamese and English, one a line. */
    public String describe() {
        return String.format(Locale.ROOT, """
                  Lượt người tham gia của Hội LHPN / Women's Union participations ........ %,d
                  Khen thưởng tại hội nghị tổng kết / commendations at the final review ... %,d
                  Bằng khen cho Hội LHPN / Certificates of Merit to Women's Union units .... %,d
                  (all agencies: %,d activities, %,d participations; %,d models with %,d reports; %,d awards conferred;
                   %,d months of a commune's security figures; %,d staff trained in digital skills;
                   %,d distributions of official materials)
                """, womenUnionParticipations, finalReviewCommendations, womenUnionCertificatesOfMerit, activities,
                participants, models, modelReports, awards, outcomeRecords, trainedStaff, materialDistributions);
    }
}
