package vn.antq.activities.material;

import static vn.antq.activities.place.Units.trimmed;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.antq.activities.place.Units;
import vn.antq.contracts.material.MaterialEvent;
import vn.antq.contracts.material.MaterialLanguage;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.kit.recording.BusinessDates;
import vn.antq.kit.recording.Checked;
import vn.antq.kit.recording.Problem;
import vn.antq.kit.recording.TextRules;

/**
 * The rules a material's description must meet before it is recorded: its title, kind, topics, languages and
 * edition, the day it was issued and the issuing unit in force on that day, and its link; a material without a file
 * needs its link. What it lets through, the event's contract accepts. The file is checked where it is stored, and who
 * may record is a separate question (access rules).
 */
public final class MaterialValidation {

    static final int MAX_TITLE_LENGTH = 300;
    static final int MAX_TOPICS = 20;
    static final int MAX_TOPIC_LENGTH = 100;
    static final int MAX_EDITION_LENGTH = 100;
    /** {@code https://} and at most 1,990 more characters: what the contract's pattern takes. */
    static final int MAX_LINK_LENGTH = "https://".length() + 1990;

    private final Units units;

    public MaterialValidation(Gazetteer gazetteer) {
        this.units = new Units(gazetteer);
    }

    /** What a valid form yields: the details and the issuing unit. */
    public record Valid(MaterialDetails details, AdminPath place) {
    }

    /**
     * @param agency  the issuing agency: the caller's own, or the material's on a revision
     * @param hasFile whether the material has (or is getting) a file; without one, the link is required
     * @param today   in Vietnam's time zone
     */
    public Checked<Valid> check(MaterialForm form, String agency, boolean hasFile, LocalDate today) {
        List<Problem> problems = new ArrayList<>();

        String title = singleLine(form.title(), "title", "tên tài liệu", "Tên tài liệu", "title", "Title",
                MAX_TITLE_LENGTH, problems);
        if (form.kind() == null) {
            problems.add(Problem.required("kind", "loại tài liệu", "kind"));
        }
        List<String> topics = topics(form.topics(), problems);
        List<MaterialLanguage> languages = languages(form.languages(), problems);
        String edition = singleLine(form.edition(), "edition", "lần ban hành (ví dụ: 2024, Tái bản lần 2)",
                "Lần ban hành", "edition (e.g. 2024, Second edition)", "Edition", MAX_EDITION_LENGTH, problems);

        LocalDate issuedOn = form.issuedOn();
        boolean validDay = issuedOn(issuedOn, today, problems);
        AdminPath place = units.place(form.locality(), "locality", validDay ? issuedOn : null, problems);

        String link = link(form.link(), problems);
        if (!hasFile && link == null && trimmed(form.link()) == null) {
            problems.add(new Problem("link",
                    "Tài liệu cần có tệp hoặc đường dẫn: hãy gửi tệp (phần file) hoặc ghi đường dẫn https:// (link)",
                    "A material needs its file or its link: send the file (part file) or give an https:// link"));
        }

        if (!problems.isEmpty()) {
            return Checked.invalid(problems);
        }
        return Checked.valid(new Valid(new MaterialDetails(agency, Units.locality(place), title, form.kind(), topics,
                languages, edition, issuedOn, link), place));
    }

    /** A required one-line text of 1 to {@code max} characters, trimmed. */
    private static String singleLine(String submitted, String field, String missingVi, String nameVi, String missingEn,
                                     String nameEn, int max, List<Problem> problems) {
        String value = trimmed(submitted);
        if (value == null) {
            problems.add(Problem.required(field, missingVi, missingEn));
            return null;
        }
        var characters = TextRules.singleLine(field, submitted, nameVi, nameEn);
        if (characters.isPresent()) {
            problems.add(characters.get());
        } else if (value.length() > max) {
            problems.add(new Problem(field, nameVi + " dài quá " + max + " ký tự",
                    nameEn + " is longer than " + max + " characters"));
        }
        return value;
    }

    /** 1 to {@value #MAX_TOPICS} one-line topics, each once whatever its case or the composition of its accents. */
    private static List<String> topics(List<String> submitted, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            problems.add(Problem.required("topics", "chủ đề của tài liệu (ít nhất một)",
                    "topics (at least one)"));
            return List.of();
        }
        if (submitted.size() > MAX_TOPICS) {
            problems.add(new Problem("topics", "Tối đa " + MAX_TOPICS + " chủ đề", "At most " + MAX_TOPICS + " topics"));
            return List.of();
        }
        List<String> topics = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "topics[" + i + "]";
            String topic = trimmed(submitted.get(i));
            var characters = TextRules.singleLine(field, submitted.get(i), "Chủ đề", "A topic");
            if (characters.isPresent()) {
                problems.add(characters.get());
            } else if (topic == null || topic.length() > MAX_TOPIC_LENGTH) {
                problems.add(new Problem(field, "Chủ đề phải có từ 1 đến " + MAX_TOPIC_LENGTH + " ký tự",
                        "A topic must have 1 to " + MAX_TOPIC_LENGTH + " characters"));
            } else if (!seen.add(Normalizer.normalize(topic, Normalizer.Form.NFC).toLowerCase(Locale.ROOT))) {
                problems.add(new Problem(field, "Chủ đề bị lặp: " + topic, "Topic listed twice: " + topic));
            } else {
                topics.add(topic);
            }
        }
        return topics;
    }

    /** At least one language, each once. */
    private static List<MaterialLanguage> languages(List<MaterialLanguage> submitted, List<Problem> problems) {
        if (submitted == null || submitted.isEmpty()) {
            problems.add(Problem.required("languages", "ngôn ngữ của tài liệu (ít nhất một)",
                    "languages (at least one)"));
            return List.of();
        }
        List<MaterialLanguage> languages = new ArrayList<>();
        for (int i = 0; i < submitted.size(); i++) {
            String field = "languages[" + i + "]";
            MaterialLanguage language = submitted.get(i);
            if (language == null) {
                problems.add(Problem.required(field, "ngôn ngữ", "language"));
            } else if (languages.contains(language)) {
                problems.add(new Problem(field, "Ngôn ngữ bị lặp: " + language.labelVi(),
                        "Language listed twice: " + language.labelEn()));
            } else {
                languages.add(language);
            }
        }
        return languages;
    }

    /** Whether the day of issue is given and a business date not in the future; its problems otherwise. */
    private static boolean issuedOn(LocalDate issuedOn, LocalDate today, List<Problem> problems) {
        if (issuedOn == null) {
            problems.add(Problem.required("issuedOn", "ngày ban hành", "date of issue"));
            return false;
        }
        var outOfRange = BusinessDates.check(issuedOn, "Ngày ban hành", "Date of issue");
        if (outOfRange.isPresent()) {
            problems.add(new Problem("issuedOn", outOfRange.get().messageVi(), outOfRange.get().messageEn()));
            return false;
        }
        if (issuedOn.isAfter(today)) {
            problems.add(new Problem("issuedOn", "Ngày ban hành " + issuedOn + " ở tương lai (hôm nay là " + today + ")",
                    "Date of issue " + issuedOn + " is in the future (today is " + today + ")"));
            return false;
        }
        return true;
    }

    /** An https address with a host, no spaces, at most {@value #MAX_LINK_LENGTH} characters; null when none. */
    private static String link(String submitted, List<Problem> problems) {
        String link = trimmed(submitted);
        if (link == null) {
            return null;
        }
        if (link.length() > MAX_LINK_LENGTH || !MaterialEvent.LINK.matcher(link).matches() || !hasHost(link)) {
            problems.add(new Problem("link",
                    "Đường dẫn phải là một địa chỉ https:// đầy đủ, không có dấu cách, tối đa " + MAX_LINK_LENGTH
                            + " ký tự",
                    "The link must be a whole https:// address without spaces, of at most " + MAX_LINK_LENGTH
                            + " characters"));
            return null;
        }
        return link;
    }

    private static boolean hasHost(String link) {
        try {
            String host = new URI(link).getHost();
            return host != null && !host.isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
