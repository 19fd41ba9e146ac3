package vn.antq.awards.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.antq.contracts.EventContract;
import vn.antq.contracts.award.AwardForm;
import vn.antq.contracts.award.AwardStatus;
import vn.antq.contracts.award.RecipientType;
import vn.antq.contracts.common.Locality;

/** The award lifecycle, given a state, when a step is taken, then the new state and its event, or a refusal. */
class AwardTest {

    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");
    static final Decision DECISION = new Decision("Chủ tịch UBND tỉnh Kon Tum", "1234/QĐ-UBND", LocalDate.of(2024, 10, 10));

    static AwardDetails meritToAWomenUnionUnit() {
        return new AwardDetails(AwardForm.CERTIFICATE_OF_MERIT, RecipientType.COLLECTIVE, "Hội LHPN xã Đắk Pne",
                "WOMEN_UNION", new Locality("62", "615", "23500"), LocalDate.of(2024, 10, 15), "r-1",
                "Có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc 2019-2024",
                List.of("a-1"), List.of());
    }

    static Award nominated() {
        return Award.nominate("aw-1", meritToAWomenUnionUnit(), "recorder-1", NOW).award();
    }

    static Award approved() {
        return nominated().approve(DECISION, "approver-1", NOW).award();
    }

    static Award conferred() {
        return approved().confer("recorder-1", NOW).award();
    }

    @Test
    void aNominationIsVersionOneWithTheNominatorAndNoDecision() {
        Award.Change change = Award.nominate("aw-1", meritToAWomenUnionUnit(), "recorder-1", NOW);

        assertThat(change.award().version()).isEqualTo(1);
        assertThat(change.award().status()).isEqualTo(AwardStatus.NOMINATED);
        assertThat(change.contract()).isEqualTo(EventContract.AWARD_CHANGED);
        assertThat(change.event().nominatedBy()).isEqualTo("recorder-1");
        assertThat(change.event().decisionNo()).isNull();
        assertThat(change.event().reviewId()).isEqualTo("r-1");
    }

    @Test
    void approvedConferredAndRevokedEachBumpTheVersionAndCarryTheDecision() {
        Award.Change approval = nominated().approve(DECISION, "approver-1", NOW);
        Award.Change conferment = approval.award().confer("recorder-1", NOW);
        Award.Change revocation = conferment.award().revoke("Thành tích không đúng sự thật", "approver-1", NOW);

        assertThat(List.of(approval, conferment, revocation)).extracting(c -> c.event().version()).containsExactly(2L, 3L, 4L);
        assertThat(List.of(approval, conferment, revocation)).extracting(c -> c.event().status())
                .containsExactly(AwardStatus.APPROVED, AwardStatus.CONFERRED, AwardStatus.REVOKED);
        assertThat(revocation.event().decisionNo()).isEqualTo("1234/QĐ-UBND");
        assertThat(revocation.event().reason()).isEqualTo("Thành tích không đúng sự thật");
        assertThat(conferment.event().actor()).isEqualTo("recorder-1");
    }

    @Test
    void aRejectionCarriesItsReasonAndNoDecision() {
        Award.Change rejection = nominated().reject("Chưa đủ tiêu chuẩn", "approver-1", NOW);

        assertThat(rejection.event().status()).isEqualTo(AwardStatus.REJECTED);
        assertThat(rejection.event().reason()).isEqualTo("Chưa đủ tiêu chuẩn");
        assertThat(rejection.event().issuer()).isNull();
    }

    @Test
    void theNominatorMayNotApproveButAnyoneElseMay() {
        assertThat(nominated().mayBeApprovedBy("recorder-1")).isFalse();
        assertThat(nominated().mayBeApprovedBy("approver-1")).isTrue();
    }

    @Test
    void rejectedAndRevokedAwardsGiveUpTheRecipientsPlace() {
        assertThat(nominated().holdsItsRecipientSlot()).isTrue();
        assertThat(conferred().holdsItsRecipientSlot()).isTrue();
        assertThat(nominated().reject("x", "a", NOW).award().holdsItsRecipientSlot()).isFalse();
        assertThat(conferred().revoke("x", "a", NOW).award().holdsItsRecipientSlot()).isFalse();
    }

    @Nested
    class StepsTheStatusDoesNotAllow {

        @Test
        void conferringANominatedAwardIsRefusedNamingTheAllowedSteps() {
            assertThatThrownBy(() -> nominated().confer("recorder-1", NOW))
                    .isInstanceOfSatisfying(StepNotAllowed.class, refused -> {
                        assertThat(refused.status()).isEqualTo(AwardStatus.NOMINATED);
                        assertThat(refused.allowed()).containsExactly(Award.Step.APPROVE, Award.Step.REJECT);
                        assertThat(refused.messageEn()).contains("NOMINATED").contains("approve or reject");
                        assertThat(refused.messageVi()).contains("Đề nghị").contains("phê duyệt");
                    });
        }

        @Test
        void approvingARejectedAwardIsRefusedAndNothingIsAllowedAnyMore() {
            Award rejected = nominated().reject("Chưa đủ tiêu chuẩn", "approver-1", NOW).award();

            assertThatThrownBy(() -> rejected.approve(DECISION, "approver-1", NOW))
                    .isInstanceOfSatisfying(StepNotAllowed.class, refused -> {
                        assertThat(refused.allowed()).isEmpty();
                        assertThat(refused.messageEn()).contains("REJECTED").contains("no further step");
                    });
        }

        @Test
        void revokingANominatedOrApprovedAwardIsRefused() {
            assertThatThrownBy(() -> nominated().revoke("x", "approver-1", NOW)).isInstanceOf(StepNotAllowed.class);
            assertThatThrownBy(() -> approved().revoke("x", "approver-1", NOW)).isInstanceOf(StepNotAllowed.class);
        }

        @Test
        void noStepIsTakenTwice() {
            assertThatThrownBy(() -> approved().approve(DECISION, "approver-1", NOW)).isInstanceOf(StepNotAllowed.class);
            assertThatThrownBy(() -> approved().reject("x", "approver-1", NOW)).isInstanceOf(StepNotAllowed.class);
            assertThatThrownBy(() -> conferred().confer("recorder-1", NOW)).isInstanceOf(StepNotAllowed.class);
            Award revoked = conferred().revoke("x", "approver-1", NOW).award();
            assertThatThrownBy(() -> revoked.revoke("x", "approver-1", NOW)).isInstanceOf(StepNotAllowed.class);
        }
    }

    @Test
    void everyStatusAllowsExactlyTheStepsOfTheLifecycle() {
        assertThat(Award.Step.from(AwardStatus.NOMINATED)).containsExactly(Award.Step.APPROVE, Award.Step.REJECT);
        assertThat(Award.Step.from(AwardStatus.APPROVED)).containsExactly(Award.Step.CONFER);
        assertThat(Award.Step.from(AwardStatus.CONFERRED)).containsExactly(Award.Step.REVOKE);
        assertThat(Award.Step.from(AwardStatus.REJECTED)).isEmpty();
        assertThat(Award.Step.from(AwardStatus.REVOKED)).isEmpty();
    }

    @Test
    void aRecipientsPlaceIsPerReviewAgencyFormAndNameAsCompared() {
        AwardDetails d = meritToAWomenUnionUnit();
        AwardDetails spelledDifferently = new AwardDetails(d.form(), d.recipientType(), "  hội LHPN   xã Đắk Pne ",
                d.recipientAgency(), d.locality(), d.localityAsOf(), d.reviewId(), d.citation(), d.activityIds(), d.modelIds());
        AwardDetails withoutReview = new AwardDetails(d.form(), d.recipientType(), d.recipientName(), d.recipientAgency(),
                d.locality(), d.localityAsOf(), null, d.citation(), d.activityIds(), d.modelIds());

        assertThat(spelledDifferently.recipientSlot()).isEqualTo(d.recipientSlot());
        assertThat(withoutReview.recipientSlot()).isEmpty();
    }

    @Test
    void aDecisionNumberIsComparedWithoutBlanksOrCaseAndTheIssuerAsAName() {
        Decision typedAgain = new Decision(" chủ tịch  UBND tỉnh Kon Tum", "1234 / qđ-ubnd", LocalDate.of(2024, 10, 11));
        Decision otherIssuer = new Decision("Giám đốc Công an tỉnh Kon Tum", "1234/QĐ-UBND", DECISION.decidedOn());

        assertThat(typedAgain.key()).isEqualTo(DECISION.key());
        assertThat(otherIssuer.key()).isNotEqualTo(DECISION.key());
    }
}
