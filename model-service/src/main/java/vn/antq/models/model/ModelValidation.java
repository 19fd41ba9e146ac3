package vn.antq.models.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a model must meet before it is registered or changed: name, type from reference data,
 * agency and partners, a commune in the gazetteer, founding date and members. Who may register it
 * is a separate question (access rules).
 */
public final class ModelValidation {

    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_VILLAGE_LENGTH = 200;
    /** Members of one grassroots model above this are almost surely a typing error. */
    static final long MAX_MEMBERS = 100_000;

    private final Gazetteer gazetteer;
    private final Predicate<String> knownAgency;
    private final Predicate<String> knownType;

    public ModelValidation(Gazetteer gazetteer, Predicate<String> knownAgency, Predicate<String> knownType) {
        this.gazetteer = gazetteer;
        this.knownAgency = knownAgency;
        this.knownType = knownType;
    }

    /** What a valid form yields (checking yields it or every problem found): the details and the resolved locality. */
    public record Valid(ModelDetails details, AdminPath place) {
    }

    public Checked<Valid> check(ModelForm form, LocalDate today) {
        return check(form, today, null);
    }

    /**
     * As {@link #check(ModelForm, LocalDate)} for a model whose current locality dates from {@code localitySince}
     * (a model re-homed after the 2025 reform): its locality is checked as of that day, and it must have been founded
     * before it. Null: the locality dates from the founding, as for any model never re-homed.
     */
    public Checked<Valid> check(ModelForm form, LocalDate today, LocalDate localitySince) {
        List<Problem> problems = new ArrayList<>();

        String name = trimmed(form.name());
        if (name == null) {
            problems.add(Problem.required("name", "tên mô hình", "model name"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new Problem("name", "Tên mô hình dài quá " + MAX_NAME_LENGTH + " ký tự",
                    "Name is longer than " + MAX_NAME_LENGTH + " characters"));
        }
        TextRules.singleLine("name", form.name(), "Tên mô hình", "Name").ifPresent(problems::add);

        String type = trimmed(form.type());
        if (type == null) {
            problems.add(Problem.required("type", "loại mô hình", "model type"));
        } else if (!knownType.test(type)) {
            problems.add(new Problem("type", "Loại mô hình không có trong danh mục: " + type,
                    "Unknown model type: " + type));
        }

        String agency = trimmed(form.agency());
        if (agency == null) {
            problems.add(Problem.required("agency", "đơn vị quản lý mô hình", "owning agency"));
        } else if (!knownAgency.test(agency)) {
            problems.add(new Problem("agency", "Đơn vị không có trong danh mục: " + agency,
                    "Unknown agency: " + agency));
        }
        List<String> partners = partners(form.partnerAgencies(), agency, problems);

        String village = trimmed(form.village());
        if (village != null && village.length() > MAX_VILLAGE_LENGTH) {
            problems.add(new Problem("village", "Tên thôn/làng dài quá " + MAX_VILLAGE_LENGTH + " ký tự",
                    "Village is longer than " + MAX_VILLAGE_LENGTH + " characters"));
        }
        TextRules.singleLine("village", form.village(), "Tên thôn/làng", "Village").ifPresent(problems::add);

        LocalDate establishedOn = form.establishedOn();
        if (establishedOn == null) {
            problems.add(Problem.required("establishedOn", "ngày thành lập", "founding date"));
        } else if (!BusinessDates.inRange(establishedOn)) {
            var outOfRange = BusinessDates.check(establishedOn, "Ngày thành lập", "Founding date").orElseThrow();
            problems.add(new Problem("establishedOn", outOfRange.messageVi(), outOfRange.messageEn()));
        } else if (establishedOn.isAfter(today)) {
            problems.add(new Problem("establishedOn",
                    "Ngày thành lập " + establishedOn + " ở tương lai (hôm nay là " + today + ")",
                    "Founding date " + establishedOn + " is in the future (today is " + today + ")"));
        }

        if (localitySince != null && establishedOn != null && !establishedOn.isBefore(localitySince)) {
            problems.add(new Problem("establishedOn",
                    "Mô hình đã chuyển sang địa bàn hiện tại từ " + localitySince + "; ngày thành lập phải trước ngày đó",
                    "The model has been in its current locality since " + localitySince
                            + "; its founding date must be before that day"));
        }

        long members = members(form.members(), problems);

        // Codes are checked against the structure in force when the model was founded (or, once re-homed, since it
        // has been where it is), like any record of that day.
        LocalDate localityOn = localitySince != null ? localitySince : establishedOn != null ? establishedOn : today;
        AdminPath place = locality(form.locality(), localityOn, problems);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        Locality locality = new Locality(place.province().code(),
                place.district() == null ? null : place.district().code(), place.commune().code());
        return Checked.valid(new Valid(new ModelDetails(name, type, agency, partners, locality, village, establishedOn, members),
                place));
    }

    private List<String> partners(List<String> submitted, String agency, List<Problem> problems) {
        if (submitted == null) {
            return List.of();
        }
        Set<String> partners = new LinkedHashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "partnerAgencies[" + i + "]";
            String partner = trimmed(submitted.get(i));
            if (partner == null) {
                problems.add(Problem.required(field, "đơn vị phối hợp", "partner agency"));
            } else if (!knownAgency.test(partner)) {
                problems.add(new Problem(field, "Đơn vị phối hợp không có trong danh mục: " + partner,
                        "Unknown partner agency: " + partner));
            } else if (partner.equals(agency)) {
                problems.add(new Problem(field, "Đơn vị phối hợp không thể là chính đơn vị quản lý mô hình",
                        "A partner agency cannot be the owning agency itself"));
            } else if (!partners.add(partner)) {
                problems.add(new Problem(field, "Đơn vị phối hợp bị lặp: " + partner,
                        "Partner agency listed twice: " + partner));
            }
        }
        return List.copyOf(partners);
    }

    private static long members(Long members, List<Problem> problems) {
        if (members == null) {
            problems.add(Problem.required("members", "số thành viên", "number of members"));
            return 0;
        }
        if (members < 0) {
            problems.add(new Problem("members", "Không được âm: số thành viên = " + members,
                    "Must not be negative: members = " + members));
        } else if (members > MAX_MEMBERS) {
            problems.add(new Problem("members", "Số thành viên quá lớn cho một mô hình (tối đa " + MAX_MEMBERS + ")",
                    "Members is too large for one model (at most " + MAX_MEMBERS + ")"));
        }
        return members;
    }

    /** Models are built at the grassroots: the commune is required, not only the province. */
    private AdminPath locality(ModelForm.FormLocality submitted, LocalDate on, List<Problem> problems) {
        if (submitted == null || trimmed(submitted.province()) == null) {
            problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
            return null;
        }
        if (trimmed(submitted.commune()) == null) {
            problems.add(new Problem("locality.commune",
                    "Thiếu mã xã: mô hình tự quản được xây dựng ở cơ sở (xã, phường, thị trấn)",
                    "Missing commune code: a self-managed model is built at grassroots level (commune or ward)"));
            return null;
        }
        LocalityCheck check = gazetteer.check(trimmed(submitted.province()), trimmed(submitted.district()),
                trimmed(submitted.commune()), on);
        if (check instanceof LocalityCheck.Invalid invalid) {
            invalid.problems().forEach(p -> problems.add(new Problem(p.field(), p.messageVi(), p.messageEn())));
            return null;
        }
        return ((LocalityCheck.Valid) check).path();
    }

    static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
