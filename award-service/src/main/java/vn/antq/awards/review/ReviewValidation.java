package vn.antq.awards.review;

import static vn.antq.awards.Submitted.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import vn.antq.awards.Submitted;
import vn.antq.contracts.review.ReviewEvent;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a review conference must meet before it is recorded: who organised it, when it was held and
 * which period it reviews, where. Who may record it is a separate question (access rules).
 */
public final class ReviewValidation {

    static final int MAX_TITLE_LENGTH = 300;

    private final Gazetteer gazetteer;
    private final Predicate<String> knownAgency;

    public ReviewValidation(Gazetteer gazetteer, Predicate<String> knownAgency) {
        this.gazetteer = gazetteer;
        this.knownAgency = knownAgency;
    }

    /** What a valid form yields (checking yields it or every problem found): the details and the resolved locality. */
    public record Valid(ReviewDetails details, AdminPath place) {
    }

    public Checked<Valid> check(ReviewForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        if (form.kind() == null) {
            problems.add(Problem.required("kind", "loại hội nghị (sơ kết / tổng kết)", "kind (INTERIM or FINAL)"));
        }
        String organiser = text(form.organiser());
        List<String> agencies = organisers(organiser, form.agencies(), problems);
        if (form.level() == null) {
            problems.add(Problem.required("level", "cấp tổ chức", "level"));
        }
        String title = text(form.title());
        if (title == null) {
            problems.add(Problem.required("title", "tên hội nghị", "title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", "Tên hội nghị dài quá " + MAX_TITLE_LENGTH + " ký tự",
                    "Title is longer than " + MAX_TITLE_LENGTH + " characters"));
        }
        TextRules.singleLine("title", form.title(), "Tên hội nghị", "Title").ifPresent(problems::add);
        dates(form.heldOn(), form.periodFrom(), form.periodTo(), today, problems);

        AdminPath place = form.locality() == null
                ? missingLocality(problems)
                : form.locality().check(gazetteer, form.heldOn() != null ? form.heldOn() : today, problems);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new ReviewDetails(form.kind(), organiser, agencies, form.level(), Submitted.locality(place),
                form.heldOn(), form.periodFrom(), form.periodTo(), title), place));
    }

    /** The agencies that held it: for JOINT the listed ones (at least two), otherwise the organiser alone. */
    private List<String> organisers(String organiser, List<String> submitted, List<Problem> problems) {
        List<String> listed = submitted == null ? List.of() : submitted;
        if (organiser == null) {
            problems.add(Problem.required("organiser", "đơn vị tổ chức (mã đơn vị hoặc JOINT)",
                    "organiser (an agency code or JOINT)"));
            return List.of();
        }
        if (!ReviewEvent.JOINT.equals(organiser)) {
            if (!knownAgency.test(organiser)) {
                problems.add(new Problem("organiser", "Đơn vị không có trong danh mục: " + organiser,
                        "Unknown agency: " + organiser));
            }
            boolean onlyTheOrganiser = listed.stream().map(Submitted::text).allMatch(organiser::equals);
            if (!onlyTheOrganiser) {
                problems.add(new Problem("agencies",
                        "Chỉ hội nghị liên tịch (JOINT) mới liệt kê nhiều đơn vị; hội nghị do " + organiser
                                + " tổ chức chỉ có đơn vị đó",
                        "Only a JOINT review lists several agencies; a review organised by " + organiser
                                + " has just that agency"));
            }
            return List.of(organiser);
        }
        Set<String> agencies = new LinkedHashSet<>();
        for (int i = 0; i < listed.size(); i++) {
            String field = "agencies[" + i + "]";
            String agency = text(listed.get(i));
            if (agency == null) {
                problems.add(Problem.required(field, "đơn vị tổ chức", "agency"));
            } else if (!knownAgency.test(agency)) {
                problems.add(new Problem(field, "Đơn vị không có trong danh mục: " + agency, "Unknown agency: " + agency));
            } else if (!agencies.add(agency)) {
                problems.add(new Problem(field, "Đơn vị bị lặp: " + agency, "Agency listed twice: " + agency));
            }
        }
        if (agencies.size() < 2 && problems.stream().noneMatch(p -> p.field().startsWith("agencies"))) {
            problems.add(new Problem("agencies", "Hội nghị liên tịch (JOINT) cần ít nhất hai đơn vị tổ chức",
                    "A JOINT review needs at least two organising agencies"));
        }
        return List.copyOf(agencies);
    }

    private static void dates(LocalDate heldOn, LocalDate periodFrom, LocalDate periodTo, LocalDate today,
                              List<Problem> problems) {
        if (heldOn == null) {
            problems.add(Problem.required("heldOn", "ngày tổ chức", "date held"));
        } else if (!BusinessDates.inRange(heldOn)) {
            var outOfRange = BusinessDates.check(heldOn, "Ngày tổ chức", "Date held").orElseThrow();
            problems.add(new Problem("heldOn", outOfRange.messageVi(), outOfRange.messageEn()));
        } else if (heldOn.isAfter(today)) {
            problems.add(new Problem("heldOn", "Ngày tổ chức " + heldOn + " ở tương lai (hôm nay là " + today + ")",
                    "Date held " + heldOn + " is in the future (today is " + today + ")"));
        }
        if (periodFrom == null) {
            problems.add(Problem.required("periodFrom", "ngày đầu kỳ sơ kết / tổng kết", "start of the period reviewed"));
        }
        if (periodTo == null) {
            problems.add(Problem.required("periodTo", "ngày cuối kỳ sơ kết / tổng kết", "end of the period reviewed"));
        }
        var fromOutOfRange = BusinessDates.check(periodFrom, "Đầu kỳ", "Start of period");
        var toOutOfRange = BusinessDates.check(periodTo, "Cuối kỳ", "End of period");
        fromOutOfRange.ifPresent(p -> problems.add(new Problem("periodFrom", p.messageVi(), p.messageEn())));
        toOutOfRange.ifPresent(p -> problems.add(new Problem("periodTo", p.messageVi(), p.messageEn())));
        if (fromOutOfRange.isPresent() || toOutOfRange.isPresent() || heldOn != null && !BusinessDates.inRange(heldOn)) {
            return;
        }
        if (periodFrom != null && periodTo != null && !periodFrom.isBefore(periodTo)) {
            problems.add(new Problem("periodTo", "Cuối kỳ " + periodTo + " phải sau đầu kỳ " + periodFrom,
                    "End of period " + periodTo + " must be after its start " + periodFrom));
        }
        if (periodTo != null && heldOn != null && periodTo.isAfter(heldOn)) {
            problems.add(new Problem("periodTo",
                    "Cuối kỳ " + periodTo + " sau ngày tổ chức " + heldOn + ": chỉ sơ kết, tổng kết kỳ đã qua",
                    "End of period " + periodTo + " is after the date held " + heldOn
                            + ": a review looks back on a period that has ended"));
        }
    }

    private static AdminPath missingLocality(List<Problem> problems) {
        problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
        return null;
    }
}
