package vn.antq.activities.material;

import vn.antq.activities.place.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

/**
 * The rules a distribution must meet before it is recorded: the day it was received (not before the material was
 * issued, not in the future), the receiving unit in force on that day, and what it received (printed copies, the file
 * or the link, at least one). Whether the material may still be distributed that day, and who may record it, are
 * separate questions (the material's rule, access rules).
 */
public final class DistributionValidation {

    /** Printed copies of one distribution above this are almost surely a typing error. */
    static final long MAX_COPIES = 1_000_000;

    private final Units units;

    public DistributionValidation(Gazetteer gazetteer) {
        this.units = new Units(gazetteer);
    }

    /** What a valid form yields: the details and the receiving unit. */
    public record Valid(DistributionDetails details, AdminPath place) {
    }

    /**
     * @param materialId the material distributed (of the address)
     * @param issuedOn   the day the material was issued: nothing received it before
     * @param agency     the distributing agency: the caller's own, or the distribution's on a revision
     * @param today      in Vietnam's time zone
     */
    public Checked<Valid> check(DistributionForm form, String materialId, LocalDate issuedOn, String agency,
                                LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        LocalDate receivedOn = form.receivedOn();
        boolean validDay = receivedOn(receivedOn, issuedOn, today, problems);
        AdminPath place = units.place(form.unit(), "unit", validDay ? receivedOn : null, problems);

        boolean digital = Boolean.TRUE.equals(form.digital());
        long copies = 0;
        if (form.copies() == null) {
            problems.add(Problem.required("copies", "số bản in nhận được (0 nếu chỉ nhận tệp hoặc đường dẫn)",
                    "copies (0 when only the file or the link was received)"));
        } else if (form.copies() < 0 || form.copies() > MAX_COPIES) {
            problems.add(new Problem("copies", "Số bản in phải từ 0 đến " + MAX_COPIES + ": " + form.copies(),
                    "Copies must be from 0 to " + MAX_COPIES + ": " + form.copies()));
        } else if (form.copies() == 0 && !digital) {
            problems.add(new Problem("copies",
                    "Không có bản in nào: nếu đơn vị nhận tệp hoặc đường dẫn, ghi digital là true",
                    "No printed copies: if the unit received the file or the link, set digital to true"));
        } else {
            copies = form.copies();
        }

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new DistributionDetails(materialId, agency, Units.locality(place), receivedOn,
                copies, digital), place));
    }

    /** Whether the day of receipt is given, a business date, not in the future nor before the material's issue. */
    private static boolean receivedOn(LocalDate receivedOn, LocalDate issuedOn, LocalDate today,
                                      List<Problem> problems) {
        if (receivedOn == null) {
            problems.add(Problem.required("receivedOn", "ngày nhận tài liệu", "the day it was received"));
            return false;
        }
        var outOfRange = BusinessDates.check(receivedOn, "Ngày nhận", "Day of receipt");
        if (outOfRange.isPresent()) {
            problems.add(new Problem("receivedOn", outOfRange.get().messageVi(), outOfRange.get().messageEn()));
            return false;
        }
        if (receivedOn.isAfter(today)) {
            problems.add(new Problem("receivedOn", "Ngày nhận " + receivedOn + " ở tương lai (hôm nay là " + today + ")",
                    "Day of receipt " + receivedOn + " is in the future (today is " + today + ")"));
            return false;
        }
        if (receivedOn.isBefore(issuedOn)) {
            problems.add(new Problem("receivedOn",
                    "Ngày nhận " + receivedOn + " trước ngày ban hành tài liệu " + issuedOn,
                    "Day of receipt " + receivedOn + " is before the material was issued, " + issuedOn));
            return false;
        }
        return true;
    }
}
