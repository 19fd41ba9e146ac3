package vn.antq.activities.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.material.MaterialEvent;

/** A material's and a distribution's lifecycles: every change is one event with the whole aggregate. */
class MaterialTest {

    static final Instant NOW = Instant.parse("2024-06-30T03:00:00Z");

    final MaterialDetails details = MaterialValidationTest.VALIDATION
            .check(MaterialValidationTest.leaflet(), "POLICE", true, LocalDate.of(2024, 6, 30)).value().details();
    final MaterialEvent.MaterialFile pdf = new MaterialEvent.MaterialFile("f1", "to-roi.pdf", "application/pdf", 812,
            "0".repeat(64));
    final MaterialEvent.MaterialFile png = new MaterialEvent.MaterialFile("f2", "to-roi.png", "image/png", 90,
            "1".repeat(64));

    @Test
    void issuingGivesVersionOneAndAnEventWithTheWholeMaterialAndItsFile() {
        Material.Change change = Material.issue("m-1", details, pdf, "user-1", NOW);

        MaterialEvent event = change.event();
        assertThat(change.material().version()).isEqualTo(1);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.agency()).isEqualTo("POLICE");
        assertThat(event.file()).isEqualTo(pdf);
        assertThat(event.topics()).isEqualTo(details.topics());
        assertThat(event.withdrawn()).isFalse();
    }

    @Test
    void aRevisionKeepsTheFileAndANewFileKeepsTheDescription() {
        Material issued = Material.issue("m-1", details, pdf, "user-1", NOW).material();
        MaterialDetails revised = new MaterialDetails(details.agency(), details.locality(), "Tái bản", details.kind(),
                details.topics(), details.languages(), "2025", details.issuedOn(), "https://congan.kontum.gov.vn/a");

        Material.Change revision = issued.revise(revised, "user-2", NOW.plusSeconds(60));
        Material.Change newFile = revision.material().replaceFile(png, "user-2", NOW.plusSeconds(120));

        assertThat(revision.event().version()).isEqualTo(2);
        assertThat(revision.event().file()).isEqualTo(pdf);
        assertThat(revision.event().edition()).isEqualTo("2025");
        assertThat(revision.material().recordedBy()).isEqualTo("user-1");
        assertThat(newFile.event().version()).isEqualTo(3);
        assertThat(newFile.event().file()).isEqualTo(png);
        assertThat(newFile.event().title()).isEqualTo("Tái bản");
    }

    @Test
    void theIssuingAgencyCannotChange() {
        Material issued = Material.issue("m-1", details, pdf, "user-1", NOW).material();
        MaterialDetails women = new MaterialDetails("WOMEN_UNION", details.locality(), details.title(),
                details.kind(), details.topics(), details.languages(), details.edition(), details.issuedOn(), null);

        assertThatThrownBy(() -> issued.revise(women, "user-1", NOW)).isInstanceOf(MaterialRuleBroken.class)
                .hasMessage("material.agency-fixed");
    }

    @Test
    void aWithdrawnMaterialIsPublishedWholeChangesNoMoreAndIsDistributedOnlyBeforeItsDay() {
        // 2024-06-30 20:00 UTC is 1 July in Vietnam.
        Material.Change change = Material.issue("m-1", details, pdf, "user-1", NOW).material()
                .withdraw("user-1", Instant.parse("2024-06-30T20:00:00Z"));
        Material withdrawn = change.material();

        assertThat(change.event().withdrawn()).isTrue();
        assertThat(change.event().file()).isEqualTo(pdf);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> withdrawn.withdraw("user-1", NOW)).isInstanceOf(MaterialRuleBroken.class)
                .hasMessage("material.withdrawn");
        assertThatThrownBy(() -> withdrawn.revise(details, "user-1", NOW)).isInstanceOf(MaterialRuleBroken.class);
        assertThatThrownBy(() -> withdrawn.replaceFile(png, "user-1", NOW)).isInstanceOf(MaterialRuleBroken.class);
        assertThatCode(() -> withdrawn.requireDistributableOn(LocalDate.of(2024, 6, 30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> withdrawn.requireDistributableOn(LocalDate.of(2024, 7, 1)))
                .isInstanceOf(MaterialRuleBroken.class).hasMessage("material.withdrawn-distribution");
    }

    @Test
    void aDistributionKeepsItsMaterialAndAgencyAndIsCancelledOnce() {
        DistributionDetails printed = DistributionValidationTest.check(DistributionValidationTest.printed()).value()
                .details();
        Distribution recorded = Distribution.record("d-1", printed, "user-1", NOW).distribution();
        DistributionDetails fewer = new DistributionDetails("m-1", "WOMEN_UNION", printed.unit(), printed.receivedOn(),
                150, true);

        Distribution.Change revision = recorded.revise(fewer, "user-2", NOW);
        Distribution.Change cancel = revision.distribution().cancel("user-2", NOW);

        assertThat(revision.event().version()).isEqualTo(2);
        assertThat(revision.event().copies()).isEqualTo(150);
        assertThat(revision.event().digital()).isTrue();
        assertThat(cancel.event().cancelled()).isTrue();
        assertThat(cancel.event().copies()).as("the whole distribution, cancelled").isEqualTo(150);
        assertThatThrownBy(() -> cancel.distribution().cancel("user-2", NOW)).isInstanceOf(MaterialRuleBroken.class)
                .hasMessage("distribution.cancelled");
        assertThatThrownBy(() -> recorded.revise(new DistributionDetails("m-2", "WOMEN_UNION", printed.unit(),
                printed.receivedOn(), 1, false), "user-2", NOW)).hasMessage("distribution.material-fixed");
        assertThatThrownBy(() -> recorded.revise(new DistributionDetails("m-1", "POLICE", printed.unit(),
                printed.receivedOn(), 1, false), "user-2", NOW)).hasMessage("distribution.agency-fixed");
    }
}
