package vn.antq.models.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;
import vn.antq.contracts.model.ReportPeriod;
import vn.antq.models.model.Model;
import vn.antq.models.model.ModelDetails;
import vn.antq.models.model.ModelRuleBroken;

class ModelReportTest {

    static final Instant NOW = Instant.parse("2024-06-30T03:00:00Z");
    static final ReportFigures MAY = new ReportFigures(2, 1, 3, 1, 0, 25, null);

    final Model model = Model.register("m-1", new ModelDetails("Tổ hòa giải thôn 3", "MEDIATION_TEAM", "WOMEN_UNION",
            List.of("POLICE"), new Locality("62", "615", "23500"), "Thôn 3",
            LocalDate.of(2020, 3, 8), 25), "user-1", NOW).model();

    @Test
    void filingAReportGivesVersionOneKeyedByTheModelWithItsTypeAgencyAndLocality() {
        ModelReport.Change change = ModelReport.file(model, new ReportPeriod("2024-05"), model.details().locality(), MAY, "user-2", NOW);

        assertThat(change.report().id()).isEqualTo("m-1:2024-05");
        assertThat(change.report().version()).isEqualTo(1);
        assertThat(change.event().kafkaKey()).isEqualTo("m-1");
        assertThat(change.event().modelType()).isEqualTo("MEDIATION_TEAM");
        assertThat(change.event().agency()).isEqualTo("WOMEN_UNION");
        assertThat(change.event().periodStart()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(change.event().periodEnd()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(change.event().tipsReported()).isEqualTo(3);
        assertThat(change.event().actor()).isEqualTo("user-2");
    }

    @Test
    void aCorrectionReplacesTheFiguresAndBumpsOnlyTheReportsVersion() {
        ModelReport first = ModelReport.file(model, new ReportPeriod("2024-Q2"), model.details().locality(), MAY, "user-2", NOW).report();
        ReportFigures corrected = new ReportFigures(3, 1, 3, 1, 1, 24, "thêm 1 buổi họp");

        ModelReport.Change change = first.correct(model, model.details().locality(), corrected, "user-3", NOW.plusSeconds(60));

        assertThat(change.report().version()).isEqualTo(2);
        assertThat(change.report().reportedBy()).isEqualTo("user-2");
        assertThat(change.event().version()).isEqualTo(2);
        assertThat(change.event().meetings()).isEqualTo(3);
        assertThat(change.event().notes()).isEqualTo("thêm 1 buổi họp");
        assertThat(change.event().actor()).isEqualTo("user-3");
        assertThat(model.version()).isEqualTo(1);
    }

    @Test
    void aSuspendedModelMayStillReportButADissolvedOneMayNeitherReportNorCorrect() {
        Model suspended = model.changeStatus(ModelStatus.SUSPENDED, null, "user-1", NOW).model();
        ModelReport filed = ModelReport.file(suspended, new ReportPeriod("2024-05"), suspended.details().locality(), MAY, "user-1", NOW).report();
        Model dissolved = suspended.changeStatus(ModelStatus.DISSOLVED, null, "user-1", NOW).model();

        assertThatThrownBy(() -> ModelReport.file(dissolved, new ReportPeriod("2024-06"), dissolved.details().locality(), MAY, "user-1", NOW))
                .isInstanceOf(ModelRuleBroken.class);
        assertThatThrownBy(() -> filed.correct(dissolved, dissolved.details().locality(), MAY, "user-1", NOW))
                .isInstanceOf(ModelRuleBroken.class);
    }
}
