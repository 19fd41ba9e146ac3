package vn.antq.analytics.reviewreport.delivery;

import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Labelled;
import vn.antq.contracts.common.Vocabulary;

/**
 * Where one delivery (one report, one period, one address) stands. PLANNED and RETRY wait to be sent; SENDING is held
 * by one sender under a lease; SENT, FAILED, UNCERTAIN and CANCELLED are left alone until a person asks for a resend
 * (FAILED, UNCERTAIN).
 */
public enum DeliveryState implements Labelled {

    PLANNED, SENDING, RETRY, SENT, FAILED, UNCERTAIN, CANCELLED;

    /** Its words, from the one catalogue. */
    @Override
    public Label label() {
        return Vocabulary.find(Vocabulary.DELIVERY_STATE, name()).orElseThrow();
    }
}
