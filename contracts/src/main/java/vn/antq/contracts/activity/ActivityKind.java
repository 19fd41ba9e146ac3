package vn.antq.contracts.activity;

import java.util.Optional;

import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/** The form an outreach activity takes (hình thức hoạt động tuyên truyền), which fixes its channel. */
public enum ActivityKind implements Labelled {
    VILLAGE_MEETING(Channel.DIRECT, "Họp thôn", "Village meeting"),
    BRANCH_MEETING(Channel.DIRECT, "Sinh hoạt chi hội", "Branch meeting"),
    CONTEST(Channel.DIRECT, "Hội thi", "Contest"),
    PERFORMANCE(Channel.DIRECT, "Hội diễn", "Performance"),
    QUIZ(Channel.DIRECT, "Hái hoa dân chủ", "Democratic flower-picking quiz"),
    SEMINAR(Channel.DIRECT, "Tọa đàm", "Seminar"),
    LAUNCH_CEREMONY(Channel.DIRECT, "Lễ phát động", "Launch ceremony"),
    MOBILISATION_CEREMONY(Channel.DIRECT, "Lễ ra quân", "Mobilisation ceremony"),
    MOCK_TRIAL(Channel.DIRECT, "Phiên tòa giả định", "Mock trial"),
    TRAINING(Channel.DIRECT, "Tập huấn", "Training"),
    HOME_VISIT(Channel.DIRECT, "Thăm hộ gia đình", "Home visit"),
    WEBSITE_POST(Channel.ONLINE, "Trang thông tin điện tử", "Website post"),
    FANPAGE_POST(Channel.ONLINE, "Fanpage", "Fanpage post"),
    ZALO_POST(Channel.ONLINE, "Zalo", "Zalo post"),
    MOBILE_MESSAGE(Channel.ONLINE, "Truyền thông di động", "Mobile messaging"),
    LOUDSPEAKER(Channel.BROADCAST, "Loa phát thanh thôn/làng", "Village loudspeaker"),
    PUBLICATION(Channel.PRINT, "Ấn phẩm truyền thông", "Publication"),
    /** Has no fixed channel: whoever records it says which one it used. */
    OTHER(null, "Khác", "Other");

    private final Channel channel;
    private final Label label;

    ActivityKind(Channel channel, String vi, String en) {
        this.channel = channel;
        this.label = new Label(vi, en);
    }

    /** The channel this kind always uses; empty for {@link #OTHER}. */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    public boolean allows(Channel candidate) {
        return candidate != null && (channel == null || channel == candidate);
    }

    @Override
    public Label label() {
        return label;
    }
}
