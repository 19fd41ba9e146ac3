package vn.antq.stack.demo;

import java.time.LocalDate;
import java.util.List;

import vn.antq.contracts.model.ModelStatus;

/**
 * A self-managed security model of the demo (mô hình tự quản về ANTT), its reports and the status changes
 * it went through after them, in order.
 *
 * @param key the stable part of its Idempotency-Key: loading it again registers nothing new
 */
public record DemoModel(
        String key,
        String name,
        String type,
        String agency,
        List<String> partnerAgencies,
        String district,
        String commune,
        String village,
        LocalDate establishedOn,
        long members,
        List<DemoReport> reports,
        List<StatusChange> statusChanges) {

    public DemoModel {
        partnerAgencies = List.copyOf(partnerAgencies);
        reports = List.copyOf(reports);
        statusChanges = List.copyOf(statusChanges);
    }

    /** {@code POST /models/{id}/status}: where the model moved, and why. */
    public record StatusChange(ModelStatus status, String reason) {
    }

    public ModelStatus finalStatus() {
        return statusChanges.isEmpty() ? ModelStatus.ACTIVE : statusChanges.get(statusChanges.size() - 1).status();
    }

    /** The model's version once registered and moved through every status change. */
    public long finalVersion() {
        return 1 + statusChanges.size();
    }
}
