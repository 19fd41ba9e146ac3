package vn.antq.models.model;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.antq.contracts.model.ModelStatus;

/** {@code POST /models/{id}/status}: the status to move to, and why (optional, kept with the model). */
public record StatusForm(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ModelStatus status, String reason) {

    static final int MAX_REASON_LENGTH = 500;
}
