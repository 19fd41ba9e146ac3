package vn.antq.gazetteer;

/** Tier of an administrative unit: tỉnh, huyện, xã. */
public enum AdminLevel {

    PROVINCE(2, "tỉnh", "province"),
    DISTRICT(3, "huyện", "district"),
    COMMUNE(5, "xã", "commune");

    private final int codeLength;
    private final String vietnameseTerm;
    private final String englishTerm;

    AdminLevel(int codeLength, String vietnameseTerm, String englishTerm) {
        this.codeLength = codeLength;
        this.vietnameseTerm = vietnameseTerm;
        this.englishTerm = englishTerm;
    }

    /** Number of digits in this level's codes. */
    public int codeLength() {
        return codeLength;
    }

    /** Generic lower-case word for the tier, for messages ("xã" also covers phường and thị trấn). */
    public String vietnameseTerm() {
        return vietnameseTerm;
    }

    public String englishTerm() {
        return englishTerm;
    }

    /** Whether the code has exactly this level's number of ASCII digits. */
    public boolean isWellFormed(String code) {
        return code != null && code.length() == codeLength && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
