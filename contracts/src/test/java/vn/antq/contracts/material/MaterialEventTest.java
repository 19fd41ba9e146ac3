package vn.antq.contracts.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.EventContract;
import vn.antq.contracts.EventJson;
import vn.antq.contracts.Samples;
import vn.antq.contracts.Topics;
import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityStatus;

class MaterialEventTest {

    private static final EventJson JSON = new EventJson();

    private final MaterialEvent valid = Samples.material(1, false);

    @Test
    void materialsAndTheirDistributionsTravelOnTheLibrarysTopicEachKeyedByItsOwnId() {
        assertThat(EventContract.MATERIAL_CHANGED.topic()).isEqualTo(Topics.MATERIAL);
        assertThat(EventContract.MATERIAL_DISTRIBUTED.topic()).isEqualTo(Topics.MATERIAL);
        assertThat(valid.kafkaKey()).isEqualTo("material-1");
        assertThat(Samples.distribution(1, false).kafkaKey()).isEqualTo("distribution-1");
    }

    @Test
    void aMaterialHasAFileOrALinkSomeLanguageOnceAndAnHttpsLink() {
        assertThatThrownBy(() -> with(null, null, valid.languages())).hasMessageContaining("a file, a link or both");
        assertThatThrownBy(() -> with(null, "http://example.vn/a", valid.languages())).hasMessageContaining("https");
        assertThatThrownBy(() -> with(valid.file(), null, List.of())).hasMessageContaining("languages");
        assertThatThrownBy(() -> with(valid.file(), null,
                List.of(MaterialLanguage.BA_NA, MaterialLanguage.BA_NA))).hasMessageContaining("languages");
        assertThatThrownBy(() -> new MaterialEvent.MaterialFile("f", "a.pdf", "application/pdf", 10, "ABC"))
                .hasMessageContaining("sha256");
        assertThat(with(null, "https://example.vn/a", valid.languages()).file()).isNull();
    }

    @Test
    void aDistributionGivesCopiesOrTheFileOrTheLink() {
        assertThatThrownBy(() -> new DistributionEvent("d", 1, "a", valid.occurredAt(), "m", "POLICE",
                Samples.KON_TUM_COMMUNE, valid.issuedOn(), 0, false, false)).hasMessageContaining("copies");
    }

    @Test
    void anActivityWithoutMaterialsReadsAsOneThatUsedNoneAndOneWithThemKeepsThem() {
        ActivityEvent activity = Samples.activity(1, ActivityStatus.RECORDED);
        String json = JSON.write(activity).replace(",\"materials\":[]", "");
        assertThat(json).doesNotContain("materials");
        assertThat(JSON.read(json, ActivityEvent.class).materials()).isEmpty();

        ActivityEvent withMaterials = new ActivityEvent(activity.id(), 1, "a", activity.occurredAt(), activity.agency(),
                activity.partnerAgencies(), activity.level(), activity.locality(), activity.kind(), activity.channel(),
                activity.topics(), activity.title(), activity.startDate(), activity.endDate(), 10, 0, 0, 0, 0,
                ActivityStatus.RECORDED, List.of("material-1"));
        assertThat(JSON.read(JSON.write(withMaterials), ActivityEvent.class).materials())
                .containsExactly("material-1");
    }

    private MaterialEvent with(MaterialEvent.MaterialFile file, String link, List<MaterialLanguage> languages) {
        return new MaterialEvent("m", 1, "a", valid.occurredAt(), "POLICE", valid.locality(), "x", MaterialKind.LEAFLET,
                valid.topics(), languages, "1", valid.issuedOn(), file, link, false);
    }
}
