package vn.antq.stack.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.KnownAgencies;

/**
 * The Vietnamese words of the demo: outreach topics (chủ đề tuyên truyền) and activity titles as the
 * agencies' staff would type them.
 */
final class Wording {

    static final List<String> TOPICS = List.of(
            "Phòng, chống tội phạm",
            "Tố giác tội phạm",
            "Phòng, chống ma túy",
            "Phòng, chống mua bán người",
            "Phòng, chống bạo lực gia đình",
            "Phòng, chống tảo hôn, hôn nhân cận huyết thống",
            "An toàn giao thông",
            "Phòng, chống lừa đảo trên không gian mạng",
            "Phòng, chống tín dụng đen",
            "Hòa giải ở cơ sở",
            "Giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
            "Phòng, chống xuất cảnh trái phép",
            "Tín ngưỡng, tôn giáo theo đúng pháp luật");

    private static final List<String> MOCK_TRIAL_CASES = List.of("mua bán người", "tàng trữ trái phép chất ma túy",
            "bạo lực gia đình", "tảo hôn", "cố ý gây thương tích", "lừa đảo chiếm đoạt tài sản qua mạng");

    private Wording() {
    }

    /** Two distinct topics; the first names the activity. */
    static List<String> topics(Random random) {
        int first = random.nextInt(TOPICS.size());
        int second = (first + 1 + random.nextInt(TOPICS.size() - 1)) % TOPICS.size();
        return List.of(TOPICS.get(first), TOPICS.get(second));
    }

    /**
     * The title of an activity.
     *
     * @param place   where it was held, as the gazetteer names it ("Xã Đắk Ang", "Huyện Đắk Tô", "tỉnh Kon Tum")
     * @param village a village (thôn, làng) for branch-level activities, else null
     */
    static String title(String agency, ActivityKind kind, String topic, String place, String village, int year,
                        Random random) {
        String about = lowerFirst(topic);
        String where = village != null ? village + ", " + place : place;
        return switch (kind) {
            case VILLAGE_MEETING -> "Họp " + where + " lồng ghép tuyên truyền " + about;
            case BRANCH_MEETING -> "Sinh hoạt " + branch(agency) + " " + where + ": chuyên đề " + about;
            case CONTEST -> "Hội thi \"" + contest(agency) + "\" " + place + " năm " + year;
            case PERFORMANCE -> "Hội diễn văn nghệ \"Toàn dân bảo vệ an ninh Tổ quốc\" " + place + " năm " + year;
            case QUIZ -> "Hái hoa dân chủ tìm hiểu pháp luật về " + about + ", " + where;
            case SEMINAR -> "Tọa đàm \"" + topic + "\" " + place;
            case LAUNCH_CEREMONY -> "Lễ phát động phong trào toàn dân bảo vệ an ninh Tổ quốc năm " + year + ", " + place;
            case MOBILISATION_CEREMONY -> agency.equals(KnownAgencies.POLICE)
                    ? "Lễ ra quân tấn công, trấn áp tội phạm, " + place
                    : "Lễ ra quân tuyên truyền " + about + ", " + place;
            case MOCK_TRIAL -> "Phiên tòa giả định xét xử vụ án "
                    + MOCK_TRIAL_CASES.get(random.nextInt(MOCK_TRIAL_CASES.size())) + " tại " + place;
            case TRAINING -> agency.equals(KnownAgencies.POLICE)
                    ? "Tập huấn nghiệp vụ cho lực lượng bảo vệ an ninh, trật tự ở cơ sở, " + place
                    : "Tập huấn kỹ năng tuyên truyền pháp luật cho cán bộ cơ sở, " + place;
            case HOME_VISIT -> "Thăm, vận động hộ gia đình ở " + where + ": " + about;
            case WEBSITE_POST -> "Tin bài trên trang thông tin điện tử: " + topic;
            case FANPAGE_POST -> "Bài viết trên Fanpage " + unit(agency) + " " + place + ": " + about;
            case ZALO_POST -> "Tin trên nhóm Zalo " + unit(agency) + " " + place + ": " + about;
            case LOUDSPEAKER -> "Phát thanh trên loa thôn, làng, " + place + ": " + about;
            case MOBILE_MESSAGE -> "Tin nhắn truyền thông di động: " + about;
            case PUBLICATION -> (random.nextBoolean() ? "Tờ gấp tuyên truyền: " : "Sổ tay pháp luật: ") + about;
            case OTHER -> "Hoạt động tuyên truyền: " + about;
        };
    }

    static String unit(String agency) {
        return switch (agency) {
            case KnownAgencies.POLICE -> "Công an";
            case KnownAgencies.WOMEN_UNION -> "Hội Liên hiệp Phụ nữ";
            case KnownAgencies.VETERANS -> "Hội Cựu chiến binh";
            case KnownAgencies.FARMERS -> "Hội Nông dân";
            default -> agency;
        };
    }

    private static String branch(String agency) {
        return switch (agency) {
            case KnownAgencies.WOMEN_UNION -> "chi hội phụ nữ";
            case KnownAgencies.VETERANS -> "chi hội cựu chiến binh";
            case KnownAgencies.FARMERS -> "chi hội nông dân";
            default -> "tổ an ninh, trật tự";
        };
    }

    private static String contest(String agency) {
        return switch (agency) {
            case KnownAgencies.WOMEN_UNION -> "Phụ nữ với pháp luật";
            case KnownAgencies.VETERANS -> "Cựu chiến binh với pháp luật";
            case KnownAgencies.FARMERS -> "Nhà nông với pháp luật";
            default -> "Tìm hiểu pháp luật về an ninh, trật tự";
        };
    }

    static String lowerFirst(String text) {
        return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
