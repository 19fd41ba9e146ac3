package vn.antq.activities.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.LocalityCheck;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules an activity must meet before it is recorded: dates, counts, kind and channel,
 * locality, partner agencies and the materials of the library it used. Who may record it is a
 * separate question (access rules).
 */
public final class ActivityValidation {

    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_TOPICS = 20;
    static final int MAX_TOPIC_LENGTH = 100;
    /** Person-times of one activity above this are almost surely a typing error in a spreadsheet. */
    static final long MAX_PARTICIPANTS = 1_000_000;
    static final int MAX_MATERIALS = 20;
    /** Longer than any id the library gives: not looked up. */
    static final int MAX_MATERIAL_ID_LENGTH = 100;

    private final Gazetteer gazetteer;
    private final Predicate<String> knownAgency;
    private final Function<Collection<String>, Set<String>> materialsOfTheLibrary;

    /** For forms that name no material: a named material is one the library does not have. */
    public ActivityValidation(Gazetteer gazetteer, Predicate<String> knownAgency) {
        this(gazetteer, knownAgency, ids -> Set.of());
    }

    /** @param materialsOfTheLibrary which of the ids given are materials of the library (current or withdrawn) */
    public ActivityValidation(Gazetteer gazetteer, Predicate<String> knownAgency,
                              Function<Collection<String>, Set<String>> materialsOfTheLibrary) {
        this.gazetteer = gazetteer;
        this.knownAgency = knownAgency;
        this.materialsOfTheLibrary = materialsOfTheLibrary;
    }

    /** What a valid form yields (checking yields it or every problem found): the details and the resolved locality. */
    public record Valid(ActivityDetails details, AdminPath place) {
    }

    public Checked<Valid> check(ActivityForm form, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        String agency = trimmed(form.agency());
        if (agency == null) {
            problems.add(Problem.required("agency", "đơn vị ghi nhận", "recording agency"));
        } else if (!knownAgency.test(agency)) {
            problems.add(new Problem("agency", "Đơn vị không có trong danh mục: " + agency,
                    "Unknown agency: " + agency));
        }

        List<String> partners = partners(form.partnerAgencies(), agency, problems);

        if (form.level() == null) {
            problems.add(Problem.required("level", "cấp tổ chức", "level"));
        }

        Channel channel = channel(form.kind(), form.channel(), problems);

        String title = trimmed(form.title());
        if (title == null) {
            problems.add(Problem.required("title", "tên hoạt động", "title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", "Tên hoạt động dài quá " + MAX_TITLE_LENGTH + " ký tự",
                    "Title is longer than " + MAX_TITLE_LENGTH + " characters"));
        }
        TextRules.singleLine("title", form.title(), "Tên hoạt động", "Title").ifPresent(problems::add);
        List<String> topics = topics(form.topics(), problems);

        LocalDate start = form.startDate();
        LocalDate end = form.endDate() != null ? form.endDate() : start;
        dates(start, end, today, problems);

        long participants = count(form.participants(), "participants", "số lượt người tham gia", problems);
        long women = count(form.women(), "women", "số lượt phụ nữ", problems);
        long ethnicMinority = count(form.ethnicMinority(), "ethnicMinority", "số lượt người dân tộc thiểu số", problems);
        long reach = count(form.reach(), "reach", "số lượt xem/nghe", problems);
        long copies = count(form.copies(), "copies", "số bản", problems);
        if (participants > MAX_PARTICIPANTS) {
            problems.add(new Problem("participants",
                    "Số lượt người tham gia quá lớn cho một hoạt động (tối đa " + MAX_PARTICIPANTS + ")",
                    "Participants is too large for one activity (at most " + MAX_PARTICIPANTS + ")"));
        }
        atMostParticipants(women, participants, "women", "Số lượt phụ nữ", "Women", problems);
        atMostParticipants(ethnicMinority, participants, "ethnicMinority", "Số lượt người dân tộc thiểu số",
                "Ethnic-minority participants", problems);

        AdminPath place = locality(form.locality(), start != null ? start : today, problems);
        List<String> materials = materials(form.materials(), problems);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        Locality locality = new Locality(place.province().code(),
                place.district() == null ? null : place.district().code(),
                place.commune() == null ? null : place.commune().code());
        return Checked.valid(new Valid(new ActivityDetails(agency, partners, form.level(), locality, form.kind(), channel, topics,
                title, start, end, participants, women, ethnicMinority, reach, copies, materials), place));
    }

    private List<String> partners(List<String> submitted, String agency, List<Problem> problems) {
        Set<String> partners = new LinkedHashSet<>();
        if (submitted == null) {
            return List.of();
        }
        for (int i = 0; i < submitted.size(); i++) {
            String field = "partnerAgencies[" + i + "]";
            String partner = trimmed(submitted.get(i));
            if (partner == null) {
                problems.add(Problem.required(field, "đơn vị phối hợp", "partner agency"));
            } else if (!knownAgency.test(partner)) {
                problems.add(new Problem(field, "Đơn vị phối hợp không có trong danh mục: " + partner,
                        "Unknown partner agency: " + partner));
            } else if (partner.equals(agency)) {
                problems.add(new Problem(field, "Đơn vị phối hợp không thể là chính đơn vị ghi nhận",
                        "A partner agency cannot be the recording agency itself"));
            } else if (!partners.add(partner)) {
                problems.add(new Problem(field, "Đơn vị phối hợp bị lặp: " + partner,
                        "Partner agency listed twice: " + partner));
            }
        }
        return List.copyOf(partners);
    }

    /** At most {@value #MAX_MATERIALS} ids, each once, each a material of the library. */
    private List<String> materials(List<String> submitted, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            return List.of();
        }
        if (submitted.size() > MAX_MATERIALS) {
            problems.add(new Problem("materials", "Tối đa " + MAX_MATERIALS + " tài liệu, mỗi tài liệu một lần",
                    "At most " + MAX_MATERIALS + " materials, each once"));
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "materials[" + i + "]";
            String id = trimmed(submitted.get(i));
            if (id == null) {
                problems.add(Problem.required(field, "mã tài liệu của thư viện", "the id of a material of the library"));
            } else if (ids.contains(id)) {
                problems.add(new Problem(field, "Tài liệu bị lặp: " + id, "Material listed twice: " + id));
            } else {
                ids.add(id);
                positions.add(i);
            }
        }
        Set<String> known = materialsOfTheLibrary.apply(ids.stream()
                .filter(id -> id.length() <= MAX_MATERIAL_ID_LENGTH).toList());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!known.contains(id)) {
                String shown = id.length() <= MAX_MATERIAL_ID_LENGTH ? id : id.substring(0, 40) + "…";
                problems.add(new Problem("materials[" + positions.get(i) + "]",
                        "Thư viện tài liệu không có tài liệu " + shown,
                        "The materials library has no material " + shown));
            }
        }
        return ids;
    }

    private static Channel channel(ActivityKind kind, Channel submitted, List<Problem> problems) {
        if (kind == null) {
            problems.add(Problem.required("kind", "hình thức hoạt động", "kind"));
            return submitted;
        }
        if (submitted == null) {
            if (kind.channel().isEmpty()) {
                problems.add(new Problem("channel", "Hình thức \"" + kind.labelVi() + "\" cần ghi rõ kênh tuyên truyền",
                        "Kind " + kind + " needs a channel"));
            }
            return kind.channel().orElse(null);
        }
        if (!kind.allows(submitted)) {
            Channel expected = kind.channel().orElseThrow();
            problems.add(new Problem("channel",
                    "Hình thức \"" + kind.labelVi() + "\" thuộc kênh " + expected.labelVi() + ", không phải "
                            + submitted.labelVi(),
                    "Kind " + kind + " belongs to channel " + expected + ", not " + submitted));
        }
        return submitted;
    }

    private static List<String> topics(List<String> submitted, List<Problem> problems) {
        if (submitted == null) {
            return List.of();
        }
        if (submitted.size() > MAX_TOPICS) {
            problems.add(new Problem("topics", "Tối đa " + MAX_TOPICS + " chủ đề", "At most " + MAX_TOPICS + " topics"));
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            String topic = trimmed(submitted.get(i));
            var characters = TextRules.singleLine("topics[" + i + "]", submitted.get(i), "Chủ đề", "A topic");
            if (characters.isPresent()) {
                problems.add(characters.get());
            } else if (topic == null || topic.length() > MAX_TOPIC_LENGTH) {
                problems.add(new Problem("topics[" + i + "]",
                        "Chủ đề phải có từ 1 đến " + MAX_TOPIC_LENGTH + " ký tự",
                        "A topic must have 1 to " + MAX_TOPIC_LENGTH + " characters"));
            } else if (!topics.contains(topic)) {
                topics.add(topic);
            }
        }
        return topics;
    }

    private static void dates(LocalDate start, LocalDate end, LocalDate today, List<Problem> problems) {
        if (start == null) {
            problems.add(Problem.required("startDate", "ngày bắt đầu", "start date"));
            return;
        }
        var startOutOfRange = BusinessDates.check(start, "Ngày bắt đầu", "Start date");
        var endOutOfRange = BusinessDates.check(end, "Ngày kết thúc", "End date");
        startOutOfRange.ifPresent(p -> problems.add(new Problem("startDate", p.messageVi(), p.messageEn())));
        if (end != start) { // an end date was submitted (a missing one is the start date)
            endOutOfRange.ifPresent(p -> problems.add(new Problem("endDate", p.messageVi(), p.messageEn())));
        }
        if (startOutOfRange.isPresent() || endOutOfRange.isPresent()) {
            return;
        }
        if (start.isAfter(today)) {
            problems.add(new Problem("startDate", "Ngày bắt đầu " + start + " ở tương lai (hôm nay là " + today + ")",
                    "Start date " + start + " is in the future (today is " + today + ")"));
        }
        if (end.isBefore(start)) {
            problems.add(new Problem("endDate", "Ngày kết thúc " + end + " trước ngày bắt đầu " + start,
                    "End date " + end + " is before start date " + start));
        } else if (end.isAfter(today)) {
            problems.add(new Problem("endDate", "Ngày kết thúc " + end + " ở tương lai (hôm nay là " + today + ")",
                    "End date " + end + " is in the future (today is " + today + ")"));
        }
    }

    private static void atMostParticipants(long value, long participants, String field, String nameVi,
                                           String nameEn, List<Problem> problems) {
        if (value > participants) {
            problems.add(new Problem(field,
                    nameVi + " (" + value + ") lớn hơn tổng số lượt người tham gia (" + participants + ")",
                    nameEn + " (" + value + ") exceeds participants (" + participants + ")"));
        }
    }

    private AdminPath locality(ActivityForm.FormLocality submitted, LocalDate on, List<Problem> problems) {
        if (submitted == null || trimmed(submitted.province()) == null) {
            problems.add(Problem.required("locality.province", "mã tỉnh", "province code"));
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

    private static String trimmed(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** {@link Problem#count} for this form's counts. */
    private static long count(Long value, String field, String nameVi, List<Problem> problems) {
        return Problem.count(value, Long.MAX_VALUE, field, nameVi, null, null, problems);
    }
}
