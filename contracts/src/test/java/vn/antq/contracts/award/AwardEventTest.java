package vn.antq.contracts.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antq.contracts.Samples;

class AwardEventTest {

    @ParameterizedTest
    @EnumSource(AwardStatus.class)
    void anAwardCanBeInAnyStatusWithWhatThatStatusNeeds(AwardStatus status) {
        assertThat(Samples.award(status).status()).isEqualTo(status);
    }

    @Test
    void aNominationHasNoDecisionYet() {
        AwardEvent nominated = Samples.award(AwardStatus.NOMINATED);

        assertThat(nominated.issuer()).isNull();
        assertThat(nominated.decisionNo()).isNull();
        assertThat(nominated.decidedOn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = AwardStatus.class, names = {"APPROVED", "CONFERRED", "REVOKED"})
    void aDecidedAwardNeedsItsDecisionNumber(AwardStatus status) {
        AwardEvent award = Samples.award(status);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AwardEvent(award.id(), award.version(), award.actor(), award.occurredAt(), award.form(),
                        award.issuer(), null, award.decidedOn(), award.recipientType(), award.recipientName(),
                        award.recipientAgency(), award.locality(), award.reviewId(), award.citation(), award.activityIds(),
                        award.modelIds(), status, award.nominatedBy(), award.reason()))
                .withMessageContaining("decisionNo");
    }

    @ParameterizedTest
    @EnumSource(value = AwardStatus.class, names = {"REJECTED", "REVOKED"})
    void aRejectionOrRevocationNeedsAReason(AwardStatus status) {
        AwardEvent award = Samples.award(status);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AwardEvent(award.id(), award.version(), award.actor(), award.occurredAt(), award.form(),
                        award.issuer(), award.decisionNo(), award.decidedOn(), award.recipientType(), award.recipientName(),
                        award.recipientAgency(), award.locality(), award.reviewId(), award.citation(), award.activityIds(),
                        award.modelIds(), status, award.nominatedBy(), " "))
                .withMessageContaining("reason");
    }
}
