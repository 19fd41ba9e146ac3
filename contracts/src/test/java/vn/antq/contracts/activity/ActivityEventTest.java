package vn.antq.contracts.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.antq.contracts.Samples;
import vn.antq.contracts.common.Channel;

class ActivityEventTest {

    private final ActivityEvent sample = Samples.activity(1, ActivityStatus.RECORDED);

    @Test
    void womenCannotOutnumberParticipants() {
        assertThatIllegalArgumentException().isThrownBy(() -> Samples.activity(10, 11, 0)).withMessageContaining("women");
    }

    @Test
    void ethnicMinorityParticipantsCannotOutnumberParticipants() {
        assertThatIllegalArgumentException().isThrownBy(() -> Samples.activity(10, 0, 11)).withMessageContaining("ethnicMinority");
    }

    @Test
    void allParticipantsMayBeWomenFromEthnicMinorities() {
        assertThat(Samples.activity(10, 10, 10).women()).isEqualTo(10);
    }

    @Test
    void countsCannotBeNegative() {
        assertThatIllegalArgumentException().isThrownBy(() -> Samples.activity(-1, 0, 0)).withMessageContaining("participants");
    }

    @Test
    void versionStartsAtOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> Samples.activity(0, ActivityStatus.RECORDED)).withMessageContaining("version");
    }

    @Test
    void requiredFieldsCannotBeNull() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivityEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.agency(), null,
                        sample.level(), null, sample.kind(), sample.channel(), null, sample.title(), sample.startDate(),
                        sample.endDate(), 0, 0, 0, 0, 0, sample.status()))
                .withMessage("locality is required");
    }

    @Test
    void nullListsBecomeEmptyAndListsAreImmutableCopies() {
        List<String> topics = new ArrayList<>(List.of("ma túy"));
        ActivityEvent event = withListsAndChannel(null, topics, sample.kind(), sample.channel());
        topics.add("trộm cắp");

        assertThat(event.partnerAgencies()).isEmpty();
        assertThat(event.topics()).containsExactly("ma túy");
        assertThatThrownBy(() -> event.topics().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theOrganiserIsNotItsOwnPartner() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withListsAndChannel(List.of(sample.agency()), List.of(), sample.kind(), sample.channel()))
                .withMessageContaining("partnerAgencies");
    }

    @Test
    void theChannelMustFitTheKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> withListsAndChannel(List.of(), List.of(), ActivityKind.ZALO_POST, Channel.DIRECT))
                .withMessageContaining("ZALO_POST");
        assertThat(withListsAndChannel(List.of(), List.of(), ActivityKind.OTHER, Channel.PRINT).channel()).isEqualTo(Channel.PRINT);
    }

    @Test
    void anActivityCannotEndBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ActivityEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.agency(), null,
                        sample.level(), sample.locality(), sample.kind(), sample.channel(), null, sample.title(),
                        sample.endDate().plusDays(1), sample.endDate(), 0, 0, 0, 0, 0, sample.status()))
                .withMessageContaining("endDate");
    }

    private ActivityEvent withListsAndChannel(List<String> partners, List<String> topics, ActivityKind kind, Channel channel) {
        return new ActivityEvent(sample.id(), 1, sample.actor(), sample.occurredAt(), sample.agency(), partners,
                sample.level(), sample.locality(), kind, channel, topics, sample.title(), sample.startDate(),
                sample.endDate(), 0, 0, 0, 0, 0, sample.status());
    }
}
