package vn.antq.analytics.reviewreport.delivery;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Where one delivery (one report, one period, one address) stands. PLANNED and RETRY wait to be sent; SENDING is held
 * by one sender under a lease; SENT, FAILED, UNCERTAIN and CANCELLED are left alone until a person asks for a resend
 * (FAILED, UNCERTAIN).
 */
public enum DeliveryState implements Labelled {

    PLANNED("chờ gửi", "waiting to be sent"),
    SENDING("đang gửi", "being sent"),
    RETRY("gửi lỗi, sẽ thử lại", "failed, will be tried again"),
    SENT("đã gửi", "sent"),
    FAILED("gửi lỗi, đã dừng thử lại", "failed, no more tries"),
    UNCERTAIN("không rõ đã gửi chưa (máy gửi dừng giữa chừng); cần kiểm tra và yêu cầu gửi lại nếu cần",
            "unknown whether it was sent (the sender stopped mid-send); check and ask for a resend if needed"),
    CANCELLED("đã hủy (thôi đăng ký)", "cancelled (unsubscribed)");

    private final Label label;

    DeliveryState(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
