package vn.antq.activities.training;

import static vn.antq.activities.place.Units.trimmed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.antq.activities.place.Units;
import vn.antq.contracts.common.Invariants;
import vn.antq.contracts.training.DigitalTopic;
import vn.antq.contracts.training.TrainingEvent;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a digital-skills training must meet before it is recorded: the organising agency, where and when it was
 * held, what it taught and who taught it, and the staff trained per unit and agency (each unit in force on the start
 * date and inside the place of the training). What it lets through, the event's contract accepts. Who may record it
 * is a separate question (access rules).
 */
public final class TrainingValidation {

    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_TOPICS = DigitalTopic.values().length;
    static final int MAX_TRAINERS = 20;
    static final int MAX_TRAINER_LENGTH = 100;
    /** Lines of staff trained: every commune of a large province with each agency still fits. */
    static final int MAX_ATTENDANCE_LINES = 1_000;
    /** Staff of one unit and agency trained in one session above this are almost surely a typing error. */
    static final long MAX_STAFF = 10_000;

    private static final String TOPIC_CHOICES_VI = Stream.of(DigitalTopic.values())
            .map(t -> t.name() + " (" + t.labelVi() + ")").collect(Collectors.joining(", "));
    private static final String TOPIC_CHOICES_EN = Stream.of(DigitalTopic.values())
            .map(t -> t.name() + " (" + t.labelEn() + ")").collect(Collectors.joining(", "));

    private final Units units;
    private final Predicate<String> knownAgency;

    public TrainingValidation(Gazetteer gazetteer, Predicate<String> knownAgency) {
        this.units = new Units(gazetteer);
        this.knownAgency = knownAgency;
    }

    /** What a valid form yields (checking yields it or every problem found): the details and where it was held. */
    public record Valid(TrainingDetails details, AdminPath place) {
    }

    /**
     * @param callersAgency the organising agency when the form names none: the caller's own
     * @param today         in Vietnam's time zone
     */
    public Checked<Valid> check(TrainingForm form, String callersAgency, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        String agency = organiser(trimmed(form.agency()), callersAgency, problems);

        String title = trimmed(form.title());
        if (title == null) {
            problems.add(Problem.required("title", "tên lớp tập huấn", "title"));
        } else if (title.length() > MAX_TITLE_LENGTH) {
            problems.add(new Problem("title", "Tên lớp tập huấn dài quá " + MAX_TITLE_LENGTH + " ký tự",
                    "Title is longer than " + MAX_TITLE_LENGTH + " characters"));
        }
        TextRules.singleLine("title", form.title(), "Tên lớp tập huấn", "Title").ifPresent(problems::add);

        LocalDate start = form.startDate();
        LocalDate end = form.endDate() != null ? form.endDate() : start;
        dates(start, end, today, problems);

        List<DigitalTopic> topics = topics(form.topics(), problems);
        List<String> trainers = trainers(form.trainers(), problems);

        // Units are checked in the structure in force on the start date; without one, only that codes are given.
        LocalDate on = start != null && BusinessDates.inRange(start) ? start : null;
        AdminPath place = units.place(form.locality(), "locality", on, problems);
        List<TrainingEvent.Attendance> attendees = attendees(form.attendees(), place, on, problems);

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new TrainingDetails(agency, Units.locality(place), title, start, end, topics, trainers,
                attendees), place));
    }

    /** The organising agency: the one named, else the caller's; a known agency either way. */
    private String organiser(String named, String callersAgency, List<Problem> problems) {
        if (named != null) {
            if (!isAgency(named)) {
                problems.add(new Problem("agency", "Đơn vị không có trong danh mục: " + named,
                        "Unknown agency: " + named));
            }
            return named;
        }
        if (!isAgency(callersAgency)) {
            problems.add(new Problem("agency",
                    "Cần ghi đơn vị tổ chức: đơn vị của tài khoản (" + callersAgency
                            + ") không phải là đơn vị tổ chức tập huấn",
                    "Name the organising agency: the account's agency (" + callersAgency
                            + ") is not one that organises trainings"));
        }
        return callersAgency;
    }

    /** A known agency whose code the contract takes (reference data could be configured with any spelling). */
    private boolean isAgency(String code) {
        return code != null && knownAgency.test(code) && Invariants.AGENCY_CODE.matcher(code).matches();
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

    /** 1 to {@value #MAX_TOPICS} names of {@link DigitalTopic}, each once. */
    private static List<DigitalTopic> topics(List<String> submitted, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            problems.add(new Problem("topics", "Cần ít nhất một nội dung tập huấn, chọn trong: " + TOPIC_CHOICES_VI,
                    "At least one topic is required, one of: " + TOPIC_CHOICES_EN));
            return List.of();
        }
        if (submitted.size() > MAX_TOPICS) {
            problems.add(new Problem("topics", "Tối đa " + MAX_TOPICS + " nội dung tập huấn, mỗi nội dung một lần",
                    "At most " + MAX_TOPICS + " topics, each once"));
            return List.of();
        }
        List<DigitalTopic> topics = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "topics[" + i + "]";
            String name = trimmed(submitted.get(i));
            DigitalTopic topic = name == null ? null : topic(name);
            if (topic == null) {
                String shown = name == null ? "(trống)" : name;
                problems.add(new Problem(field, "Nội dung tập huấn không có trong danh mục: " + shown + "; chọn trong: "
                        + TOPIC_CHOICES_VI, "Unknown topic: " + (name == null ? "(blank)" : name) + "; one of: "
                        + TOPIC_CHOICES_EN));
            } else if (topics.contains(topic)) {
                problems.add(new Problem(field, "Nội dung tập huấn bị lặp: " + topic.labelVi(),
                        "Topic listed twice: " + topic.name()));
            } else {
                topics.add(topic);
            }
        }
        return topics;
    }

    private static DigitalTopic topic(String name) {
        for (DigitalTopic topic : DigitalTopic.values()) {
            if (topic.name().equals(name)) {
                return topic;
            }
        }
        return null;
    }

    /** 1 to {@value #MAX_TRAINERS} one-line names, each once whatever its case or the composition of its accents. */
    private static List<String> trainers(List<String> submitted, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            problems.add(Problem.required("trainers", "tên báo cáo viên (ít nhất một người)",
                    "trainers (at least one name)"));
            return List.of();
        }
        if (submitted.size() > MAX_TRAINERS) {
            problems.add(new Problem("trainers", "Tối đa " + MAX_TRAINERS + " báo cáo viên",
                    "At most " + MAX_TRAINERS + " trainers"));
            return List.of();
        }
        List<String> trainers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "trainers[" + i + "]";
            String name = trimmed(submitted.get(i));
            var characters = TextRules.singleLine(field, submitted.get(i), "Tên báo cáo viên", "A trainer's name");
            if (characters.isPresent()) {
                problems.add(characters.get());
            } else if (name == null || name.length() > MAX_TRAINER_LENGTH) {
                problems.add(new Problem(field, "Tên báo cáo viên phải có từ 1 đến " + MAX_TRAINER_LENGTH + " ký tự",
                        "A trainer's name must have 1 to " + MAX_TRAINER_LENGTH + " characters"));
            } else if (!seen.add(Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(field, "Báo cáo viên bị lặp: " + name, "Trainer listed twice: " + name));
            } else {
                trainers.add(name);
            }
        }
        return trainers;
    }

    /**
     * The staff trained, per unit and agency: each a known agency, a unit in force on {@code on} inside {@code place}
     * (a province-level session may train staff of anywhere in the province), 1 to {@value #MAX_STAFF} staff, and each
     * unit and agency once. Without a valid place only what each line says of itself is checked.
     */
    private List<TrainingEvent.Attendance> attendees(List<TrainingForm.FormAttendance> submitted, AdminPath place,
                                                     LocalDate on, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            problems.add(Problem.required("attendees", "số cán bộ được tập huấn (ít nhất một đơn vị)",
                    "attendees (the staff trained, at least one unit)"));
            return List.of();
        }
        if (submitted.size() > MAX_ATTENDANCE_LINES) {
            problems.add(new Problem("attendees", "Tối đa " + MAX_ATTENDANCE_LINES + " dòng cán bộ được tập huấn",
                    "At most " + MAX_ATTENDANCE_LINES + " lines of attendees"));
            return List.of();
        }
        List<TrainingEvent.Attendance> attendees = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "attendees[" + i + "]";
            TrainingForm.FormAttendance line = submitted.get(i);
            if (line == null) {
                problems.add(Problem.required(field, "dòng cán bộ được tập huấn", "attendance line"));
                continue;
            }
            int before = problems.size();
            String agency = trimmed(line.agency());
            if (agency == null) {
                problems.add(Problem.required(field + ".agency", "đơn vị của cán bộ", "the staff's agency"));
            } else if (!isAgency(agency)) {
                problems.add(new Problem(field + ".agency", "Đơn vị không có trong danh mục: " + agency,
                        "Unknown agency: " + agency));
            }
            long staff = staff(line.staff(), field + ".staff", problems);
            AdminPath unit = units.place(line.unit(), field + ".unit", on, problems);
            if (unit != null && place != null && !unit.isWithin(place.mostSpecificCode())) {
                problems.add(new Problem(field + ".unit",
                        "Đơn vị " + unit.displayName() + " (" + unit.mostSpecificCode() + ") không thuộc địa bàn tổ chức "
                                + place.displayName() + " (" + place.mostSpecificCode() + ")",
                        "Unit " + unit.displayName() + " (" + unit.mostSpecificCode() + ") is not inside the place of "
                                + "the training, " + place.displayName() + " (" + place.mostSpecificCode() + ")"));
            }
            if (problems.size() > before || unit == null) { // no unit without a problem: no start date to check it on
                continue;
            }
            if (!lines.add(agency + "|" + unit.mostSpecificCode())) {
                problems.add(new Problem(field, "Đơn vị " + agency + " tại " + unit.displayName() + " ("
                        + unit.mostSpecificCode() + ") đã có ở dòng trước; mỗi đơn vị ghi một dòng",
                        "Agency " + agency + " in " + unit.displayName() + " (" + unit.mostSpecificCode()
                                + ") is listed twice; one line per unit and agency"));
                continue;
            }
            attendees.add(new TrainingEvent.Attendance(agency, Units.locality(unit), staff));
        }
        return attendees;
    }

    private static long staff(Long value, String field, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.required(field, "số cán bộ được tập huấn", "the number of staff trained"));
            return 0;
        }
        if (value < 1 || value > MAX_STAFF) {
            problems.add(new Problem(field, "Số cán bộ được tập huấn phải từ 1 đến " + MAX_STAFF + ": " + value,
                    "Staff trained must be from 1 to " + MAX_STAFF + ": " + value));
            return 0;
        }
        return value;
    }

}
