package vn.antq.awards.award;

import java.time.LocalDate;


/**
 * The decision (quyết định khen thưởng) an award rests on once approved.
 *
 * @param issuer     who signed it, e.g. "Chủ tịch UBND tỉnh Kon Tum"
 * @param decisionNo its number (số quyết định), e.g. "1234/QĐ-UBND"
 */
public record Decision(String issuer, String decisionNo, LocalDate decidedOn) {

    /**
     * What makes two decisions the same for the rule "a number is used once per issuer": the issuer compared
     * as a name, the number without blanks and in upper case ("1234/qđ-ubnd" is "1234/QĐ-UBND").
     */
    public String key() {
        return Names.comparable(issuer) + "|"
                + Names.comparable(decisionNo).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
