package vn.antq.models.modeltype;

import java.util.List;
import java.util.regex.Pattern;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Loại mô hình tự quản: a kind of self-managed model, as reference data. Events carry the code; ADMIN
 * adds kinds through the API, without code changes. {@link #DEFAULTS} is what a new database starts with.
 */
public record ModelType(String code, Label label) implements Labelled {

    /** Upper-case words joined by underscores, like agency codes: MEDIATION_TEAM. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

    /** The three models the Kon Tum review names, then the common grassroots kinds. */
    public static final List<ModelType> DEFAULTS = List.of(
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

    public ModelType {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must look like MEDIATION_TEAM but was '" + code + "'");
        }
        if (label == null) {
            throw new IllegalArgumentException("label is required");
        }
    }

    public static ModelType of(String code, String vi, String en) {
        return new ModelType(code, new Label(vi, en));
    }
}
