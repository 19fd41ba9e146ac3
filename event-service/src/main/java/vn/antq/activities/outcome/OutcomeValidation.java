package vn.antq.activities.outcome;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;

/**
 * The rules a commune's outcome figures must meet: a month that has started, within the business dates; a commune
 * that exists in the gazetteer in that month (a 2019-2024 commune before July 2025, a 2025 one from then); counts that
 * are not negative and not absurdly large. Who may record them is a separate question (the police only).
 */
public final class OutcomeValidation {

    /** Any count of one commune in one month above this is almost surely a typing error. */
    static final long MAX_COUNT = 100_000;

    private final Gazetteer gazetteer;

    public OutcomeValidation(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What a valid form yields: the commune (and its place in the gazetteer), the month and the figures. */
    public record Valid(Locality locality, AdminPath place, YearMonth month, OutcomeFigures figures) {
    }

    /** @param today in Vietnam's time zone */
    public Checked<Valid> check(OutcomeForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        YearMonth month = month(form.month(), today, problems);
        OutcomeFigures figures = new OutcomeFigures(
                count(form.drugCrimes(), "drugCrimes", "số vụ phạm tội về ma túy", problems),
                count(form.propertyCrimes(), "propertyCrimes", "số vụ phạm tội xâm phạm sở hữu", problems),
                count(form.violentCrimes(), "violentCrimes", "số vụ phạm tội xâm phạm tính mạng, sức khỏe", problems),
                count(form.otherCrimes(), "otherCrimes", "số vụ phạm tội khác", problems),
                count(form.socialEvils(), "socialEvils", "số vụ tệ nạn xã hội", problems),
                count(form.crimeReports(), "crimeReports", "số tin tố giác tội phạm", problems),
                count(form.offendersReintegrated(), "offendersReintegrated", "số người lầm lỗi được giúp đỡ", problems),
                count(form.disputesMediated(), "disputesMediated", "số vụ việc hòa giải ở cơ sở", problems),
                count(form.securityIncidents(), "securityIncidents", "số vụ việc về an ninh, trật tự", problems));
        AdminPath place = commune(form.locality(), month, problems);
        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        Locality locality = new Locality(place.province().code(),
                place.district() == null ? null : place.district().code(), place.commune().code());
        return Checked.valid(new Valid(locality, place, month, figures));
    }

    private static YearMonth month(String submitted, LocalDate today, List<Problem> problems) {
        String code = submitted == null ? null : submitted.strip();
        if (code == null || code.isEmpty()) {
            problems.add(Problem.required("month", "tháng (YYYY-MM)", "month (YYYY-MM)"));
            return null;
        }
        if (!code.matches("[0-9]{4}-(0[1-9]|1[0-2])")) {
            problems.add(new Problem("month", "Tháng không hợp lệ: " + code + " (cần YYYY-MM, ví dụ 2024-05)",
                    "Malformed month: " + code + " (expected YYYY-MM, e.g. 2024-05)"));
            return null;
        }
        YearMonth month = YearMonth.parse(code);
        var outOfRange = BusinessDates.check(month.atDay(1), "Tháng " + code + ": ngày", "Month " + code + ": the date");
        if (outOfRange.isPresent()) {
            problems.add(new Problem("month", outOfRange.get().messageVi(), outOfRange.get().messageEn()));
            return null;
        }
        if (month.atDay(1).isAfter(today)) {
            problems.add(new Problem("month", "Tháng " + code + " ở tương lai (hôm nay là " + today + ")",
                    "Month " + code + " is in the future (today is " + today + ")"));
        }
        // A month in the future is still the one the commune is checked in: its problem is the month's alone.
        return month;
    }

    /** The commune in force in {@code month}; without a month only whether the codes are given at all. */
    private AdminPath commune(OutcomeForm.FormCommune submitted, YearMonth month, List<Problem> problems) {
        if (submitted == null || blank(submitted.province())) {
            problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
            return null;
        }
        if (blank(submitted.commune())) {
            problems.add(Problem.required("locality.commune", "mã xã (số liệu kết quả ghi theo từng xã)",
                    "commune code (outcome figures are recorded per commune)"));
            return null;
        }
        if (month == null) {
            return null;
        }
        LocalityCheck check = gazetteer.check(submitted.province().strip(),
                blank(submitted.district()) ? null : submitted.district().strip(), submitted.commune().strip(),
                month.atDay(1));
        if (check instanceof LocalityCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new Problem(p.field(), p.messageVi(), p.messageEn())));
            return null;
        }
        return ((LocalityCheck.Valid) check).path();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** {@link Problem#count} for this form's counts. */
    private static long count(Long value, String field, String nameVi, List<Problem> problems) {
        return Problem.count(value, MAX_COUNT, field, nameVi, "một xã trong một tháng",
                "one commune in one month", problems);
    }
}
