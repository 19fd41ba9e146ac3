package vn.antq.awards.award;

import static vn.antq.awards.Submitted.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.antq.awards.Submitted;
import vn.antq.awards.review.Review;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a nomination must meet: who is nominated, for which award, where, and at which review. Who may
 * nominate is a separate question (access rules), and so is whether the recipient already has the award
 * (that needs the store).
 */
public final class NominationValidation {

    static final int MAX_NAME_LENGTH = 300;
    static final int MAX_CITATION_LENGTH = 4000;
    static final int MAX_LINKS = 200;
    static final int MAX_LINK_LENGTH = 100;

    private final Gazetteer gazetteer;
    private final Predicate<String> knownAgency;
    private final Function<String, Optional<Review>> reviews;

    public NominationValidation(Gazetteer gazetteer, Predicate<String> knownAgency,
                                Function<String, Optional<Review>> reviews) {
        this.gazetteer = gazetteer;
        this.knownAgency = knownAgency;
        this.reviews = reviews;
    }

    /** @param review the review it is given at, or null */
    public record Valid(AwardDetails details, AdminPath place, Review review) {
    }

    /**
     * The locality is checked as of the review's date when there is a review (a 2024 conference commends
     * units under the 2019-2024 codes), otherwise as of today, and must lie inside the review's locality.
     */
    public Checked<Valid> check(Nomination form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        if (form.form() == null) {
            problems.add(Problem.required("form", "hình thức khen thưởng", "form of award"));
        }
        if (form.recipientType() == null) {
            problems.add(Problem.required("recipientType", "loại đối tượng (tập thể / cá nhân)",
                    "recipient type (COLLECTIVE or INDIVIDUAL)"));
        }
        String name = limited(form.recipientName(), "recipientName", "tên tập thể / cá nhân", "recipient name",
                MAX_NAME_LENGTH, problems);
        TextRules.singleLine("recipientName", form.recipientName(), "Tên tập thể / cá nhân", "Recipient name")
                .ifPresent(problems::add);
        String agency = text(form.recipientAgency());
        if (agency == null) {
            problems.add(Problem.required("recipientAgency", "đơn vị của đối tượng khen thưởng", "recipient agency"));
        } else if (!knownAgency.test(agency)) {
            problems.add(new Problem("recipientAgency", "Đơn vị không có trong danh mục: " + agency,
                    "Unknown agency: " + agency));
        }
        String citation = limited(form.citation(), "citation", "thành tích", "citation", MAX_CITATION_LENGTH, problems);
        TextRules.lines("citation", form.citation(), "Thành tích", "Citation").ifPresent(problems::add);
        List<String> activityIds = links(form.activityIds(), "activityIds", problems);
        List<String> modelIds = links(form.modelIds(), "modelIds", problems);

        String reviewId = text(form.reviewId());
        Review review = null;
        if (reviewId != null) {
            review = reviews.apply(reviewId).orElse(null);
            if (review == null) {
                problems.add(new Problem("reviewId", "Không có hội nghị sơ kết / tổng kết mã " + reviewId,
                        "No review conference with id " + reviewId));
            }
        }
        LocalDate localityAsOf = review != null ? review.details().heldOn() : today;
        // Without its review the day to read the codes as of is unknown: check them once the review is right.
        AdminPath place = reviewId != null && review == null ? null : locality(form, review, localityAsOf, problems);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new AwardDetails(form.form(), form.recipientType(), name, agency, Submitted.locality(place),
                localityAsOf, reviewId, citation, activityIds, modelIds), place, review));
    }

    private AdminPath locality(Nomination form, Review review, LocalDate on, List<Problem> problems) {
        if (form.locality() == null) {
            problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
            return null;
        }
        AdminPath place = form.locality().check(gazetteer, on, problems);
        if (place != null && review != null) {
            String scope = review.details().locality().mostSpecificCode();
            if (!place.isWithin(scope)) {
                problems.add(new Problem("locality",
                        "Đối tượng ở " + place.displayName() + ", ngoài địa bàn của hội nghị (" + scope + ")",
                        "The recipient is in " + place.displayName() + ", outside the review's locality (" + scope + ")"));
            }
        }
        return place;
    }

    private static String limited(String submitted, String field, String nameVi, String nameEn, int max,
                                  List<Problem> problems) {
        String value = text(submitted);
        if (value == null) {
            problems.add(Problem.required(field, nameVi, nameEn));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "Dài quá " + max + " ký tự: " + nameVi,
                    "Longer than " + max + " characters: " + nameEn));
        }
        return value;
    }

    /** Ids of linked activities or models, each once; they live in other services, so only their shape is checked. */
    private static List<String> links(List<String> submitted, String field, List<Problem> problems) {
        if (submitted == null) {
            return List.of();
        }
        if (submitted.size() > MAX_LINKS) {
            problems.add(new Problem(field, "Tối đa " + MAX_LINKS + " mã", "At most " + MAX_LINKS + " ids"));
            return List.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String id = text(submitted.get(i));
            if (id == null || id.length() > MAX_LINK_LENGTH) {
                problems.add(new Problem(field + "[" + i + "]", "Mã phải có từ 1 đến " + MAX_LINK_LENGTH + " ký tự",
                        "An id must have 1 to " + MAX_LINK_LENGTH + " characters"));
            } else {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }
}
