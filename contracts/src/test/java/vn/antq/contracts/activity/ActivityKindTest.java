package vn.antq.contracts.activity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.antq.contracts.common.Channel;

class ActivityKindTest {

    @Test
    void eachKindUsesTheChannelTheArticleDescribes() {
        assertThat(ActivityKind.VILLAGE_MEETING.channel()).contains(Channel.DIRECT);
        assertThat(ActivityKind.MOCK_TRIAL.channel()).contains(Channel.DIRECT);
        assertThat(ActivityKind.FANPAGE_POST.channel()).contains(Channel.ONLINE);
        assertThat(ActivityKind.MOBILE_MESSAGE.channel()).contains(Channel.ONLINE);
        assertThat(ActivityKind.LOUDSPEAKER.channel()).contains(Channel.BROADCAST);
        assertThat(ActivityKind.PUBLICATION.channel()).contains(Channel.PRINT);
    }

    @ParameterizedTest
    @EnumSource(value = ActivityKind.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
    void aKindWithAFixedChannelAllowsOnlyThatChannel(ActivityKind kind) {
        for (Channel channel : Channel.values()) {
            assertThat(kind.allows(channel)).isEqualTo(kind.channel().orElseThrow() == channel);
        }
    }

    @Test
    void otherHasNoFixedChannelAndAllowsAny() {
        assertThat(ActivityKind.OTHER.channel()).isEmpty();
        assertThat(Channel.values()).allMatch(ActivityKind.OTHER::allows);
        assertThat(ActivityKind.OTHER.allows(null)).isFalse();
    }
}
