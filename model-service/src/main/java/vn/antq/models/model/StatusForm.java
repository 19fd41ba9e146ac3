package vn.antq.models.model;

import jakarta.validation.constraints.NotNull;
import vn.antq.contracts.model.ModelStatus;

/** {@code POST /models/{id}/status}: the status to move to, and why (optional, kept with the model). */
public record StatusForm(@NotNull ModelStatus status, String reason) {

    static final int MAX_REASON_LENGTH = 500;
}
