package vn.antq.contracts.material;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * The languages a material is written or spoken in: Vietnamese and the ethnic-minority languages of the Central
 * Highlands provinces (Kon Tum's Xơ Đăng, Ba Na, Giẻ Triêng, Gia Rai, Brâu, Rơ Măm). A language of another province is a
 * new value, read by every consumer once it is released with it.
 */
public enum MaterialLanguage implements Labelled {
    VIETNAMESE("Tiếng Việt", "Vietnamese"),
    XO_DANG("Tiếng Xơ Đăng", "Xơ Đăng"),
    BA_NA("Tiếng Ba Na", "Ba Na"),
    GIE_TRIENG("Tiếng Giẻ Triêng", "Giẻ Triêng"),
    GIA_RAI("Tiếng Gia Rai", "Gia Rai"),
    BRAU("Tiếng Brâu", "Brâu"),
    RO_MAM("Tiếng Rơ Măm", "Rơ Măm");

    private final Label label;

    MaterialLanguage(String vi, String en) {
        this.label = new Label(vi, en);
    }

    @Override
    public Label label() {
        return label;
    }
}
