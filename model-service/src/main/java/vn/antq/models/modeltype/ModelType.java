package vn.antq.models.modeltype;

import java.util.List;
import java.util.regex.Pattern;

import vn.antq.contracts.common.KnownModelTypes;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Loại mô hình tự quản: a kind of self-managed model, as reference data. Events carry the code; ADMIN
 * adds kinds through the API, without code changes. {@link #DEFAULTS} is what a new database starts with.
 */
public record ModelType(String code, Label label) implements Labelled {

    /** Upper-case words joined by underscores, like agency codes: MEDIATION_TEAM. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,49}");

    /** The types every deployment starts with: the contracts' {@link KnownModelTypes}. */
    public static final List<ModelType> DEFAULTS = KnownModelTypes.ALL.stream()
            .map(type -> new ModelType(type.code(), type.label())).toList();

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
