package vn.antq.contracts.outcome;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;

/**
 * Nhóm tội phạm: the groups the police count a commune's crime cases in, each carried by its own field of the outcome
 * event. Four groups, as the movement's reviews speak of them; a finer breakdown would be a new event version.
 */
public enum CrimeGroup implements Labelled {
    DRUG("drugCrimes", "Tội phạm về ma túy", "Drug crime"),
    PROPERTY("propertyCrimes", "Tội phạm xâm phạm sở hữu", "Property crime"),
    VIOLENT("violentCrimes", "Tội phạm xâm phạm tính mạng, sức khỏe", "Violent crime"),
    OTHER("otherCrimes", "Tội phạm khác", "Other crime");

    private final String field;
    private final Label label;

    CrimeGroup(String field, String vi, String en) {
        this.field = field;
        this.label = new Label(vi, en);
    }

    /** The JSON name of the group's count, in the event, the API and the analytics answers. */
    public String field() {
        return field;
    }

    @Override
    public Label label() {
        return label;
    }
}
