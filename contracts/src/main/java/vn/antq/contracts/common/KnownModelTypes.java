package vn.antq.contracts.common;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of self-managed model the platform starts with. Like agencies, model types are reference data, not an
 * enum: events carry the code as a string and model-service can define more. This default set seeds model-service's
 * types and gives every other service the names of the common ones.
 */
public final class KnownModelTypes {

    /** A model type's code and its names. */
    public record KnownModelType(String code, Label label) implements Labelled {
    }

    /** The three models the Kon Tum review names, then the common grassroots kinds. */
    public static final List<KnownModelType> ALL = List.of(
            of("WOMEN_CRIME_PREVENTION", "Phụ nữ tham gia phòng, chống tội phạm", "Women take part in crime prevention"),
            of("WOMEN_LEGAL_OUTREACH_TEAM", "Tổ phụ nữ tuyên truyền pháp luật", "Women's legal-outreach team"),
            of("ETHNIC_RELIGIOUS_WOMEN_LAW", "Phụ nữ dân tộc thiểu số, tôn giáo chấp hành pháp luật",
                    "Ethnic-minority and religious women abide by the law"),
            of("MEDIATION_TEAM", "Tổ hòa giải", "Mediation team"),
            of("SELF_MANAGED_SECURITY_TEAM", "Tổ tự quản về an ninh trật tự", "Self-managed security and order team"),
            of("CRIME_FREE_HAMLET", "Thôn, làng không có tội phạm", "Crime-free village or hamlet"),
            of("REINTEGRATION_SUPPORT_GROUP", "Nhóm giúp đỡ người lầm lỗi tái hòa nhập cộng đồng",
                    "Group helping people who offended return to the community"),
            of("SECURITY_CAMERA_NETWORK", "Mạng lưới camera an ninh", "Security camera network"),
            of("OTHER", "Mô hình khác", "Other model"));

    private KnownModelTypes() {
    }

    public static Optional<KnownModelType> find(String code) {
        return ALL.stream().filter(type -> type.code().equals(code)).findFirst();
    }

    private static KnownModelType of(String code, String vi, String en) {
        return new KnownModelType(code, new Label(vi, en));
    }
}
