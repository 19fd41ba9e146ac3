package vn.antq.analytics.reviewreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.antq.analytics.awardcounts.AwardCells;
import vn.antq.analytics.coordination.CoordinationCells;
import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.participation.ParticipationCells;
import vn.antq.analytics.reviewreport.delivery.Cadence;
import vn.antq.analytics.reviewreport.delivery.DeliveryState;
import vn.antq.analytics.shortcomings.Evidence;
import vn.antq.analytics.shortcomings.Severity;
import vn.antq.analytics.shortcomings.ShortcomingKind;
import vn.antq.contracts.common.Vocabulary;

/**
 * Every code analytics can put in front of a person has its words in the one catalogue: a new kind of shortcoming, a
 * new severity, a new figure of an answer or of a finding's evidence without a label fails here.
 */
class VocabularyCoverageTest {

    @Test
    void everyShortcomingKindAndSeverityIsNamed() {
        Arrays.stream(ShortcomingKind.values()).forEach(kind ->
                assertThat(Vocabulary.find(Vocabulary.FINDING_KIND, kind.name())).as(kind.name()).isPresent());
        Arrays.stream(Severity.values()).forEach(severity ->
                assertThat(Vocabulary.find(Vocabulary.SEVERITY, severity.name())).as(severity.name()).isPresent());
        assertThat(Vocabulary.all().get(Vocabulary.FINDING_KIND)).hasSize(ShortcomingKind.values().length);
        Arrays.stream(Cadence.values()).forEach(cadence -> assertThat(cadence.label()).isNotNull());
        Arrays.stream(DeliveryState.values()).forEach(state -> assertThat(state.label()).isNotNull());
    }

    @Test
    void everyFigureOfTheAnswersAndOfTheEvidenceIsNamedInBothLanguages() {
        List<String> figures = new ArrayList<>();
        figures.addAll(ParticipationCells.TOTALS);
        figures.addAll(CoordinationCells.TOTALS);
        figures.addAll(AwardCells.TOTALS);
        Stream.of(ModelsAnswer.ReportTotals.class.getRecordComponents()).map(RecordComponent::getName).forEach(figures::add);
        for (Class<?> kind : Evidence.class.getPermittedSubclasses()) {
            Stream.of(kind.getRecordComponents()).map(RecordComponent::getName).forEach(figures::add);
        }
        assertThat(figures).hasSizeGreaterThan(30);
        for (String figure : figures) {
            assertThat(Vocabulary.find(Vocabulary.FIGURE, figure)).as(figure).isPresent();
            assertThat(ReportText.figure(figure, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(ReportText.figure(figure, Locale.ENGLISH));
        }
    }
}
