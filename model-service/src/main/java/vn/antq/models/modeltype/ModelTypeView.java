package vn.antq.models.modeltype;

/** A model type as the API shows it: the code and both names, so that a client can offer either. */
public record ModelTypeView(String code, String labelVi, String labelEn) {

    static ModelTypeView of(ModelType type) {
        return new ModelTypeView(type.code(), type.labelVi(), type.labelEn());
    }
}
