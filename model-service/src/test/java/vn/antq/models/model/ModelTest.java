package vn.antq.models.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.common.Locality;
import vn.antq.contracts.model.ModelStatus;

class ModelTest {

    static final Instant NOW = Instant.parse("2024-06-30T03:00:00Z");

    final ModelDetails details = ModelValidationTest.validDetails();
    final Model registered = Model.register("m-1", details, "user-1", NOW).model();

    @Test
    void registeringGivesAnActiveModelAtVersionOneAndARegisteredEventWithTheFullState() {
        Model.Change change = Model.register("m-1", details, "user-1", NOW);

        assertThat(change.model().version()).isEqualTo(1);
        assertThat(change.model().status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(change.contract()).isEqualTo(EventContract.MODEL_REGISTERED);
        assertThat(change.event().id()).isEqualTo("m-1");
        assertThat(change.event().name()).isEqualTo(details.name());
        assertThat(change.event().partnerAgencies()).containsExactly("POLICE");
        assertThat(change.event().village()).isEqualTo("Kon Gung");
        assertThat(change.event().members()).isEqualTo(25);
        assertThat(change.event().actor()).isEqualTo("user-1");
    }

    @Test
    void changingBumpsTheVersionAndCarriesTheNewState() {
        ModelDetails more = new ModelDetails(details.name(), details.type(), details.agency(), List.of(),
                details.locality(), null, details.establishedOn(), 40);

        Model.Change change = registered.change(more, "user-2", NOW.plusSeconds(60));

        assertThat(change.model().version()).isEqualTo(2);
        assertThat(change.contract()).isEqualTo(EventContract.MODEL_CHANGED);
        assertThat(change.event().members()).isEqualTo(40);
        assertThat(change.event().partnerAgencies()).isEmpty();
        assertThat(change.event().status()).isEqualTo(ModelStatus.ACTIVE);
        assertThat(change.event().actor()).isEqualTo("user-2");
    }

    @Test
    void theOwningAgencyCannotBeChanged() {
        ModelDetails police = new ModelDetails(details.name(), details.type(), "POLICE", List.of(),
                details.locality(), null, details.establishedOn(), 1);

        assertThatThrownBy(() -> registered.change(police, "user-1", NOW))
                .isInstanceOf(ModelRuleBroken.class)
                .extracting(e -> ((ModelRuleBroken) e).code()).isEqualTo("model.agency-fixed");
    }

    @Test
    void anActiveModelIsSuspendedThenReactivatedThenDissolvedEachTimeWithTheNextVersion() {
        Model.Change suspended = registered.changeStatus(ModelStatus.SUSPENDED, "thiếu người", "user-1", NOW);
        Model.Change reactivated = suspended.model().changeStatus(ModelStatus.ACTIVE, null, "user-1", NOW);
        Model.Change dissolved = reactivated.model().changeStatus(ModelStatus.DISSOLVED, "sáp nhập", "user-1", NOW);

        assertThat(List.of(suspended, reactivated, dissolved))
                .extracting(c -> c.model().version(), c -> c.event().status(), Model.Change::contract)
                .containsExactly(
                        tuple(2L, ModelStatus.SUSPENDED, EventContract.MODEL_CHANGED),
                        tuple(3L, ModelStatus.ACTIVE, EventContract.MODEL_CHANGED),
                        tuple(4L, ModelStatus.DISSOLVED, EventContract.MODEL_CHANGED));
        assertThat(suspended.model().statusReason()).isEqualTo("thiếu người");
        assertThat(dissolved.model().allowedTransitions()).isEmpty();
    }

    @Test
    void aSuspendedModelMayBeDissolvedDirectly() {
        Model suspended = registered.changeStatus(ModelStatus.SUSPENDED, null, "user-1", NOW).model();

        assertThat(suspended.changeStatus(ModelStatus.DISSOLVED, null, "user-1", NOW).model().status())
                .isEqualTo(ModelStatus.DISSOLVED);
    }

    @Test
    void anIllegalTransitionSaysWhichTransitionsAreAllowed() {
        assertThatThrownBy(() -> registered.changeStatus(ModelStatus.ACTIVE, null, "user-1", NOW))
                .isInstanceOfSatisfying(ModelRuleBroken.class, broken -> {
                    assertThat(broken.code()).isEqualTo("model.transition-not-allowed");
                    assertThat(broken.facts()).containsEntry("currentStatus", "ACTIVE")
                            .containsEntry("allowedTransitions", List.of("SUSPENDED", "DISSOLVED"));
                    assertThat(broken.messageVi()).contains("Tạm ngừng hoạt động", "Đã giải thể");
                    assertThat(broken.messageEn()).contains("SUSPENDED, DISSOLVED");
                });
    }

    @Test
    void aDissolvedModelCanNeitherChangeStatusNorBeChanged() {
        Model dissolved = registered.changeStatus(ModelStatus.DISSOLVED, null, "user-1", NOW).model();

        assertThatThrownBy(() -> dissolved.changeStatus(ModelStatus.ACTIVE, null, "user-1", NOW))
                .isInstanceOfSatisfying(ModelRuleBroken.class, broken ->
                        assertThat(broken.facts()).containsEntry("allowedTransitions", List.of()));
        assertThatThrownBy(() -> dissolved.change(details, "user-1", NOW))
                .isInstanceOfSatisfying(ModelRuleBroken.class, broken ->
                        assertThat(broken.code()).isEqualTo("model.dissolved"));
    }

    @Test
    void reHomingMovesTheModelFromTheReformOnAndKeepsWhereItWasInItsHistory() {
        Locality dakHa2025 = new Locality("51", null, "23500");

        Model.Change change = registered.rehome(dakHa2025, LocalDate.of(2025, 7, 1), "user-2", NOW.plusSeconds(60));
        Model rehomed = change.model();

        assertThat(rehomed.version()).isEqualTo(2);
        assertThat(change.contract()).isEqualTo(EventContract.MODEL_CHANGED);
        assertThat(change.event().locality()).isEqualTo(dakHa2025);
        assertThat(change.event().establishedOn()).isEqualTo(details.establishedOn());
        assertThat(rehomed.formerLocalities()).containsExactly(
                new FormerLocality(details.locality(), LocalDate.of(2025, 6, 30)));
        assertThat(rehomed.localitySince()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(rehomed.localityOn(LocalDate.of(2024, 12, 31))).isEqualTo(details.locality());
        assertThat(rehomed.localityOn(LocalDate.of(2025, 6, 30))).isEqualTo(details.locality());
        assertThat(rehomed.localityOn(LocalDate.of(2025, 7, 1))).isEqualTo(dakHa2025);
        assertThat(registered.localitySince()).isEqualTo(details.establishedOn());
        assertThat(registered.localityOn(LocalDate.of(2030, 1, 1))).isEqualTo(details.locality());
    }

    @Test
    void laterChangesKeepTheHistoryAndADissolvedModelIsNotReHomed() {
        Model rehomed = registered.rehome(new Locality("51", null, "23500"), LocalDate.of(2025, 7, 1), "u", NOW).model();

        Model suspended = rehomed.changeStatus(ModelStatus.SUSPENDED, null, "u", NOW).model();
        Model dissolved = registered.changeStatus(ModelStatus.DISSOLVED, null, "u", NOW).model();

        assertThat(suspended.formerLocalities()).isEqualTo(rehomed.formerLocalities());
        assertThatThrownBy(() -> dissolved.rehome(new Locality("51", null, "23500"), LocalDate.of(2025, 7, 1), "u", NOW))
                .isInstanceOf(ModelRuleBroken.class)
                .extracting(e -> ((ModelRuleBroken) e).code()).isEqualTo("model.dissolved");
    }
}
