package vn.antq.models.model;

import vn.antq.contracts.common.Label;

/**
 * Chồng chéo: an ACTIVE model of the same type already runs in the commune of a model being
 * registered. A warning for the user, not a refusal: two agencies may have good reasons, but should
 * know of each other.
 */
public record Overlap(Model existing, Label message) {

    public static final String CODE = "OVERLAPPING_MODEL";

    /** @param agencyName the existing model's agency, in both languages */
    static Overlap with(Model existing, Label agencyName) {
        String name = existing.details().name();
        return new Overlap(existing, new Label(
                "Xã này đã có mô hình cùng loại đang hoạt động: \"" + name + "\" (" + agencyName.vi()
                        + "). Nên phối hợp để tránh chồng chéo.",
                "An active model of the same type already runs in this commune: \"" + name + "\" ("
                        + agencyName.en() + "). Consider working together to avoid overlap."));
    }
}
