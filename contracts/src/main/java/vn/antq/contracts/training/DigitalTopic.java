package vn.antq.contracts.training;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * What a digital-skills training taught grassroots outreach staff (point 6 of the province's review: "some grassroots
 * outreach staff lack ... digital skills"). The schema lists them; a new topic is a new event version.
 */
public enum DigitalTopic implements Labelled {
    ZALO_GROUP("Quản lý nhóm Zalo", "Running a Zalo group"),
    FANPAGE("Quản trị Fanpage", "Running a Fanpage"),
    WEBSITE("Đăng tin trên trang thông tin điện tử", "Posting on a website"),
    SAFE_SOCIAL_MEDIA("Sử dụng mạng xã hội an toàn", "Safe use of social media"),
    COUNTERING_FALSE_NEWS("Nhận diện, phản bác thông tin xấu, độc", "Recognising and countering false information"),
    WORKSPACE("Sử dụng phần mềm ANTQ", "Using the ANTQ workspace");

    private final Label label;

    DigitalTopic(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
