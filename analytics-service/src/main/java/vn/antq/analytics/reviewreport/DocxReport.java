package vn.antq.analytics.reviewreport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;

import vn.antq.analytics.modelhealth.ModelsAnswer;
import vn.antq.analytics.outcomes.OutcomesAnswer;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyFormRow;
import vn.antq.analytics.reviewreport.ReportAnswer.AgencyRow;
import vn.antq.analytics.reviewreport.ReportAnswer.PairRow;
import vn.antq.analytics.reviewreport.ReviewReport.Chart;
import vn.antq.analytics.reviewreport.ReviewReport.Column;
import vn.antq.analytics.reviewreport.ReviewReport.Section;
import vn.antq.analytics.reviewreport.ReviewReport.Table;
import vn.antq.analytics.shortcomings.Finding;
import vn.antq.analytics.shortcomings.ShortcomingKind;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.contracts.model.ModelStatus;

/**
 * The review report as a draft official document (DOCX) an office edits, signs and sends, laid out as Decree
 * 30/2020/NĐ-CP lays out an administrative document: A4 with its margins, Times New Roman, the issuing agency and the
 * number at the top left, the national title and motto with the place and date at the top right, the document type
 * and its summary title, the body in numbered parts (one per section of the report, each opened by a sentence in the
 * report's voice stating its main figures, then its charts as pictures and its tables as real tables), the findings
 * as sentences, and the recipients and the signature block at the end. Every word is text a clerk can edit; only the
 * charts are pictures.
 */
final class DocxReport {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** The font the decree names; LibreOffice shows it with its metric twin, Liberation Serif. */
    static final String FONT = "Times New Roman";

    /** A4 in twentieths of a point, and the margins: top and bottom 20 mm, left 30 mm, right 20 mm. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE_INDENT = 567;
    /** Estimated widths in twentieths of a point at 12 pt: a bold header letter, a digit, a cell's inner margins. */
    private static final int HEADER_LETTER = 135;
    private static final int DIGIT = 125;
    private static final int CELL_PADDING = 260;
    private static final int MIN_TEXT_COLUMN = 1400;
    private static final double CHART_WIDTH_CM = 16;

    private static final int BODY = 14;
    private static final int HEADER = 13;
    /** The national title: 12-13 pt; 12 keeps it on one line. */
    private static final int NATION = 12;
    /** The letterhead's left column (the agency), the right one (the national title) takes the rest. */
    private static final int LETTERHEAD_LEFT = 3500;
    private static final int TABLE = 12;

    /** The document's own words, in Vietnamese and English. */
    private static final Map<String, Label> WORDS = Map.ofEntries(
            Map.entry("nation", new Label("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM")),
            Map.entry("motto", new Label("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness")),
            Map.entry("type", new Label("BÁO CÁO", "REPORT")),
            Map.entry("subject", new Label("Tổng kết phong trào toàn dân bảo vệ an ninh Tổ quốc",
                    "Review of the movement \"All people protect national security\"")),
            Map.entry("number", new Label("Số:", "No.:")),
            Map.entry("number-blank", new Label("     /BC-", "     /BC-")),
            Map.entry("place-blank", new Label("..........", "..........")),
            Map.entry("steering", new Label("BAN CHỈ ĐẠO PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
                    "STEERING COMMITTEE OF THE MOVEMENT ALL PEOPLE PROTECT NATIONAL SECURITY")),
            Map.entry("head", new Label("THỦ TRƯỞNG CƠ QUAN", "HEAD OF THE AGENCY")),
            Map.entry("recipients", new Label("Nơi nhận:", "Recipients:")),
            Map.entry("as-above", new Label("- Như trên;", "- As above;")),
            Map.entry("archive", new Label("- Lưu: VT.", "- Archived: Office.")),
            Map.entry("in", new Label("trên địa bàn", "in")),
            Map.entry("everywhere", new Label("trên toàn bộ địa bàn", "everywhere")),
            Map.entry("none", new Label("Không có", "None")));

    /**
     * Who issues and who signs. A null field is taken from the caller's unit (the agency's name and the report's
     * locality) or, where nothing says it, left as a blank a clerk fills in.
     *
     * @param callerAgency   the caller's agency code, for the issuing agency's name when none is given
     * @param parentAuthority the authority above the issuing agency ("UBND TỈNH KON TUM")
     * @param issuingAgency  the agency that issues the report
     * @param number         the number and symbol ("15/BC-BCĐ")
     * @param place          the place written before the date ("Kon Tum")
     * @param signerName     who signs
     * @param signerPosition the signer's position ("TRƯỞNG BAN")
     */
    record Letterhead(String callerAgency, String parentAuthority, String issuingAgency, String number, String place,
            String signerName, String signerPosition) {

        /** Everything from the caller's unit, nothing given. */
        static Letterhead of(String callerAgency) {
            return new Letterhead(callerAgency, null, null, null, null, null, null);
        }
    }

    private final ReviewReport report;
    private final Locale locale;
    private final boolean english;
    private final XWPFDocument document;
    private int pictures;

    private DocxReport(ReviewReport report, XWPFDocument document) {
        this.report = report;
        this.locale = report.locale();
        this.english = ReportFormat.english(locale);
        this.document = document;
    }

    static byte[] render(ReviewReport report, Letterhead letterhead) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new DocxReport(report, document).write(letterhead);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Letterhead letterhead) {
        page();
        document.getProperties().getCoreProperties().setTitle(word("type") + " " + word("subject"));
        document.getProperties().getCoreProperties().setSubjectProperty(report.periodText());
        letterhead(letterhead);
        title();
        int part = 0;
        for (Section section : report.sections()) {
            part++;
            section(part, section);
        }
        signature(letterhead);
    }

    // --- page, letterhead, title ----------------------------------------------------------------------------------

    private void page() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
                : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
        margins.setGutter(BigInteger.ZERO);
    }

    /** The borderless two-column table: the agency and the number on the left, the national title and the date right. */
    private void letterhead(Letterhead given) {
        XWPFTable table = borderless(2, List.of(LETTERHEAD_LEFT, TEXT_WIDTH - LETTERHEAD_LEFT));
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);

        String parent = given.parentAuthority() != null ? given.parentAuthority() : defaultParentAuthority();
        XWPFParagraph first = centred(left.getParagraphs().get(0));
        run(first, upper(parent), HEADER, false, false);
        run(centred(left.addParagraph()), upper(given.issuingAgency() != null ? given.issuingAgency()
                : defaultIssuingAgency(given.callerAgency())), HEADER, true, false);
        rule(left.addParagraph(), LETTERHEAD_LEFT, 1100);
        XWPFParagraph number = centred(left.addParagraph());
        run(number, word("number") + " " + (given.number() != null ? given.number() : word("number-blank")), HEADER, false, false);

        run(centred(right.getParagraphs().get(0)), word("nation"), NATION, true, false);
        run(centred(right.addParagraph()), word("motto"), BODY, true, false);
        rule(right.addParagraph(), TEXT_WIDTH - LETTERHEAD_LEFT, 1900);
        XWPFParagraph date = centred(right.addParagraph());
        date.setSpacingBefore(120);
        String place = given.place() != null ? given.place() : defaultPlace();
        run(date, place + ", " + ReportFormat.date(issued(), locale), BODY, false, true);
    }

    private void title() {
        XWPFParagraph type = centred(document.createParagraph());
        type.setSpacingBefore(360);
        run(type, word("type"), BODY, true, false);
        XWPFParagraph subject = centred(document.createParagraph());
        run(subject, word("subject"), BODY, true, false);
        XWPFParagraph where = centred(document.createParagraph());
        where.setSpacingAfter(240);
        run(where, capitalised(localityPhrase() + ", " + periodPhrase()), BODY, true, false);
        rule(document.createParagraph(), TEXT_WIDTH, TEXT_WIDTH / 2 - 1000);

        body(english
                ? "This report reviews the movement \"All people protect national security\" " + localityPhrase() + ", "
                        + periodPhrase() + ", from the figures the forces had recorded as of "
                        + ReportFormat.dateTime(report.asOf(), locale) + "."
                : "Báo cáo này tổng kết kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc " + localityPhrase()
                        + ", " + periodPhrase() + ", theo số liệu các lực lượng đã ghi nhận đến "
                        + ReportFormat.dateTime(report.asOf(), locale) + ".");
    }

    // --- the body -------------------------------------------------------------------------------------------------

    private void section(int part, Section section) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBefore(240);
        heading.setSpacingAfter(120);
        heading.setKeepNext(true);
        run(heading, roman(part) + ". " + upper(section.title()), BODY, true, false);
        String opening = opening(section);
        if (opening != null) {
            body(opening);
        }
        boolean shortcomings = is(section, "shortcomings");
        // Where nothing was reported, the opening is the sentence its one-cell table would repeat.
        boolean nothingReported = is(section, "reporting") && report.json().reporting() != null
                && report.json().reporting().note() != null;
        int item = 0;
        for (Chart chart : section.charts()) {
            if (chart.values().isEmpty()) {
                continue;
            }
            item++;
            item(item, chart.title());
            chart(chart);
        }
        for (Table table : section.tables()) {
            if (nothingReported) {
                continue;
            }
            // The findings are written as sentences below; their table would say the same again in cells.
            if (shortcomings && table.title().equals(ReportText.of("explanation", locale))) {
                continue;
            }
            item++;
            item(item, table.title());
            table(table);
        }
        if (shortcomings) {
            findings(item);
        }
    }

    /** The section's first sentence, stating its main figures; null for a section this document has no words for. */
    private String opening(Section section) {
        ReportAnswer json = report.json();
        if (is(section, "summary")) {
            return english ? "The key figures of the period:" : "Các số liệu chính của kỳ báo cáo:";
        }
        if (is(section, "outreach") && json.outreach() != null) {
            return outreach(json.outreach());
        }
        if (is(section, "coordination") && json.coordination() != null) {
            return coordination(json.coordination());
        }
        if (is(section, "models") && json.models() != null) {
            return models(json.models());
        }
        if (is(section, "commendations") && json.commendations() != null) {
            return commendations(json.commendations());
        }
        if (is(section, "outcomes") && json.outcomes() != null) {
            return outcomes(json.outcomes().totals());
        }
        if (is(section, "skills") && json.skills() != null) {
            return skills(json.skills());
        }
        if (is(section, "reporting") && json.reporting() != null) {
            return reporting(json.reporting());
        }
        if (is(section, "shortcomings") && json.shortcomings() != null) {
            int found = json.shortcomings().findings().size();
            if (found == 0) {
                return english ? "Following the figures, no shortcoming was found by the criteria monitored."
                        : "Qua theo dõi số liệu, chưa phát hiện hạn chế nào theo các tiêu chí theo dõi.";
            }
            return english ? "Following the figures, " + count(found, "shortcoming was", "shortcomings were") + " found:"
                    : "Qua theo dõi số liệu, đã phát hiện " + number(found) + " hạn chế:";
        }
        return null;
    }

    /** Digital skills and materials in one sentence before the table by district. */
    private String skills(ReportAnswer.Skills s) {
        return english
                ? count(s.trainedStaff(), "grassroots staff member was", "grassroots staff were")
                        + " trained in digital skills and " + count(s.onlineActivities(), "online activity was",
                        "online activities were") + " recorded; " + number(s.communesWithCurrentMaterials()) + " of "
                        + number(s.communes()) + " communes hold current official materials, "
                        + number(s.communesMissingLanguages()) + " lack materials in their residents' languages:"
                : number(s.trainedStaff()) + " cán bộ cơ sở được tập huấn kỹ năng số, " + number(s.onlineActivities())
                        + " hoạt động tuyên truyền trực tuyến; " + number(s.communesWithCurrentMaterials()) + "/"
                        + number(s.communes()) + " xã có tài liệu tuyên truyền chính thống, "
                        + number(s.communesMissingLanguages()) + " xã thiếu tài liệu bằng tiếng của người dân:";
    }

    /** What the police recorded over the period, in one sentence before the table by year. */
    private String outcomes(OutcomesAnswer.Outcomes o) {
        return english
                ? "The police recorded " + count(o.crimes(), "crime case", "crime cases") + ", "
                        + count(o.socialEvils(), "social-evil case", "social-evil cases") + " and "
                        + count(o.securityIncidents(), "security and order incident", "security and order incidents")
                        + "; residents reported " + count(o.crimeReports(), "crime", "crimes") + ", "
                        + count(o.offendersReintegrated(), "person who had offended was", "people who had offended were")
                        + " helped to reintegrate and " + count(o.disputesMediated(), "dispute was", "disputes were")
                        + " mediated at the grassroots, beside the outreach of the same years:"
                : "Lực lượng Công an ghi nhận " + number(o.crimes()) + " vụ phạm tội, " + number(o.socialEvils())
                        + " vụ tệ nạn xã hội và " + number(o.securityIncidents()) + " vụ việc về an ninh, trật tự; "
                        + number(o.crimeReports()) + " tin tố giác tội phạm của người dân, " + number(o.offendersReintegrated())
                        + " người lầm lỗi được giúp đỡ tái hòa nhập, " + number(o.disputesMediated())
                        + " vụ việc được hòa giải ở cơ sở, bên cạnh công tác tuyên truyền cùng các năm:";
    }

    /** The reports sent of those expected, and on time, over every agency; or the sentence that there are none. */
    private String reporting(ReportAnswer.Reporting reporting) {
        if (reporting.note() != null) {
            return reporting.note();
        }
        long expected = reporting.byAgency().stream().mapToLong(rates -> rates.expected()).sum();
        long submitted = reporting.byAgency().stream().mapToLong(rates -> rates.submitted()).sum();
        long onTime = reporting.byAgency().stream().mapToLong(rates -> rates.onTime()).sum();
        String submittedShare = ReportFormat.figure(expected == 0 ? 0 : submitted * 100.0 / expected, locale) + "%";
        String onTimeShare = ReportFormat.figure(expected == 0 ? 0 : onTime * 100.0 / expected, locale) + "%";
        return english
                ? "Of the " + count(expected, "periodic report", "periodic reports") + " the units were to send, they sent "
                        + number(submitted) + " (" + submittedShare + "), " + number(onTime) + " of them on time ("
                        + onTimeShare + "):"
                : "Các đơn vị đã gửi " + number(submitted) + "/" + number(expected) + " báo cáo định kỳ phải gửi ("
                        + submittedShare + "), trong đó " + number(onTime) + " báo cáo gửi đúng hạn (" + onTimeShare + "):";
    }

    private String outreach(ReportAnswer.Outreach outreach) {
        var totals = outreach.totals();
        List<AgencyRow> agencies = outreach.byAgency().stream()
                .sorted(Comparator.comparingLong((AgencyRow row) -> row.totals().participants()).reversed()).toList();
        StringBuilder text = new StringBuilder();
        if (english) {
            text.append(capitalised(periodPhrase())).append(", the forces held ")
                    .append(count(totals.activities(), "outreach activity", "outreach activities")).append(" with ")
                    .append(count(totals.participants(), "participation", "participations")).append(" (")
                    .append(number(totals.women())).append(" by women, ").append(number(totals.ethnicMinority()))
                    .append(" by ethnic minority people)");
            if (totals.reach() > 0) {
                text.append(", reaching ").append(count(totals.reach(), "person", "people")).append(" online");
            }
            if (totals.copies() > 0) {
                text.append(", with ").append(count(totals.copies(), "copy", "copies")).append(" of printed material");
            }
            if (!agencies.isEmpty()) {
                text.append("; of these, ").append(agencies.stream()
                        .map(row -> number(row.totals().participants()) + " by the " + row.agencyName())
                        .collect(Collectors.joining(", ")));
            }
        } else {
            text.append(capitalised(periodPhrase())).append(", các lực lượng đã tổ chức ").append(number(totals.activities()))
                    .append(" hoạt động tuyên truyền với ").append(number(totals.participants()))
                    .append(" lượt người tham gia (").append(number(totals.women())).append(" lượt nữ, ")
                    .append(number(totals.ethnicMinority())).append(" lượt người dân tộc thiểu số)");
            if (totals.reach() > 0) {
                text.append(", ").append(number(totals.reach())).append(" lượt tiếp cận trên mạng");
            }
            if (totals.copies() > 0) {
                text.append(", ").append(number(totals.copies())).append(" bản tài liệu");
            }
            if (!agencies.isEmpty()) {
                text.append("; trong đó ").append(agencies.stream()
                        .map(row -> row.agencyName() + " " + number(row.totals().participants()) + " lượt")
                        .collect(Collectors.joining(", ")));
            }
        }
        return text.append('.').toString();
    }

    private String coordination(ReportAnswer.Coordination coordination) {
        var totals = coordination.totals();
        PairRow most = coordination.byPair().stream().max(Comparator.comparingLong(row -> row.totals().jointActivities()))
                .orElse(null);
        if (english) {
            String text = "The forces held " + count(totals.jointActivities(), "joint activity", "joint activities") + " with "
                    + count(totals.participants(), "participation", "participations");
            if (most != null && most.totals().jointActivities() > 0) {
                text += "; the pair that worked together most was " + most.pairName() + " ("
                        + count(most.totals().jointActivities(), "activity", "activities") + ")";
            }
            return text + ".";
        }
        String text = "Các lực lượng đã phối hợp tổ chức " + number(totals.jointActivities()) + " hoạt động với "
                + number(totals.participants()) + " lượt người tham gia";
        if (most != null && most.totals().jointActivities() > 0) {
            text += "; phối hợp nhiều nhất là " + most.pairName() + " (" + number(most.totals().jointActivities())
                    + " hoạt động)";
        }
        return text + ".";
    }

    private String models(ModelsAnswer models) {
        var status = models.byStatus();
        var reports = models.reportTotals();
        String asOf = dayOf(models.asOf());
        if (english) {
            String text = (asOf == null ? "" : "As of " + asOf + ", there ") + (asOf == null ? "There " : "")
                    + (status.total() == 1 ? "was " : "were ") + count(status.total(), "self-managed security model",
                            "self-managed security models") + ": " + number(status.active()) + " "
                    + ModelStatus.ACTIVE.label(locale).toLowerCase(locale) + ", " + number(status.suspended()) + " "
                    + ModelStatus.SUSPENDED.label(locale).toLowerCase(locale) + ", " + number(status.dissolved()) + " "
                    + ModelStatus.DISSOLVED.label(locale).toLowerCase(locale) + ". The models filed "
                    + count(reports.reports(), "report", "reports") + ", held " + count(reports.meetings(), "meeting", "meetings")
                    + ", mediated " + count(reports.mediations(), "dispute", "disputes") + ", passed on "
                    + count(reports.tipsReported(), "tip", "tips") + " and supported "
                    + count(reports.offendersSupported(), "offender", "offenders");
            if (!models.paperOnly().isEmpty()) {
                text += "; " + count(models.paperOnly().size(), "model exists", "models exist") + " only on paper (no report for "
                        + count(models.paperOnlyMonths(), "month", "months") + " or more)";
            }
            return text + ".";
        }
        String text = (asOf == null ? "Hiện có " : "Tính đến " + asOf + ", có ") + number(status.total())
                + " mô hình tự quản về an ninh trật tự, trong đó " + number(status.active()) + " mô hình "
                + ModelStatus.ACTIVE.label(locale).toLowerCase(locale) + ", " + number(status.suspended()) + " mô hình "
                + ModelStatus.SUSPENDED.label(locale).toLowerCase(locale) + ", " + number(status.dissolved()) + " mô hình "
                + ModelStatus.DISSOLVED.label(locale).toLowerCase(locale) + ". Các mô hình đã gửi " + number(reports.reports())
                + " báo cáo, tổ chức " + number(reports.meetings()) + " buổi sinh hoạt, hòa giải " + number(reports.mediations())
                + " vụ việc, cung cấp " + number(reports.tipsReported()) + " tin báo, tố giác và giúp đỡ "
                + number(reports.offendersSupported()) + " người lầm lỗi";
        if (!models.paperOnly().isEmpty()) {
            text += "; " + number(models.paperOnly().size()) + " mô hình hoạt động hình thức (không có báo cáo từ "
                    + number(models.paperOnlyMonths()) + " tháng trở lên)";
        }
        return text + ".";
    }

    private String commendations(ReportAnswer.Commendations commendations) {
        Map<String, Long> conferredByAgency = new LinkedHashMap<>();
        for (AgencyFormRow row : commendations.byAgencyAndForm()) {
            conferredByAgency.merge(row.agencyName(), row.totals().conferred(), Long::sum);
        }
        List<Map.Entry<String, Long>> agencies = conferredByAgency.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        var totals = commendations.totals();
        if (english) {
            String text = count(totals.conferred(), "collective or individual was", "collectives and individuals were")
                    + " commended";
            if (!agencies.isEmpty()) {
                text += ", of them " + agencies.stream().map(entry -> number(entry.getValue()) + " of the " + entry.getKey())
                        .collect(Collectors.joining(", "));
            }
            return capitalised(text) + "; " + count(totals.nominated(), "nomination was", "nominations were") + " made and "
                    + number(totals.approved()) + " approved. The commendations by agency and form:";
        }
        String text = "Đã khen thưởng " + number(totals.conferred()) + " tập thể, cá nhân";
        if (!agencies.isEmpty()) {
            text += ", trong đó " + agencies.stream().map(entry -> entry.getKey() + " " + number(entry.getValue()))
                    .collect(Collectors.joining(", "));
        }
        return text + "; " + number(totals.nominated()) + " trường hợp được đề nghị, " + number(totals.approved())
                + " trường hợp được duyệt. Danh sách khen thưởng theo lực lượng và hình thức:";
    }

    /** The findings, kind by kind, each its own sentence in the report's language. */
    private void findings(int item) {
        if (report.json().shortcomings() == null) {
            return;
        }
        List<Finding> findings = report.json().shortcomings().findings();
        for (ShortcomingKind kind : ShortcomingKind.values()) {
            List<Finding> ofKind = findings.stream().filter(finding -> finding.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            item++;
            item(item, Vocabulary.label(Vocabulary.FINDING_KIND, kind.name(), locale) + " (" + number(ofKind.size()) + ")");
            for (Finding finding : ofKind) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
                paragraph.setSpacingAfter(60);
                String sentence = Objects.toString(finding.explanation().in(locale), "").strip();
                run(paragraph, "- " + sentence + (sentence.endsWith(".") ? "" : "."), BODY, false, false);
            }
        }
    }

    private void item(int item, String title) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(120);
        paragraph.setSpacingAfter(60);
        paragraph.setKeepNext(true);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        run(paragraph, item + ". " + title, BODY, true, false);
    }

    private void body(String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingAfter(120);
        run(paragraph, text, BODY, false, false);
    }

    private void chart(Chart chart) {
        byte[] png = ChartImage.png(chart, locale);
        int width = (int) (CHART_WIDTH_CM * Units.EMU_PER_CENTIMETER);
        int height = (int) ((long) width * ChartImage.height(chart.values().size()) / ChartImage.WIDTH);
        XWPFParagraph paragraph = centred(document.createParagraph());
        paragraph.setSpacingAfter(120);
        try (ByteArrayInputStream in = new ByteArrayInputStream(png)) {
            pictures++;
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            run.addPicture(in, Document.PICTURE_TYPE_PNG, "chart-" + pictures + ".png", width, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real table: a header row repeated on every page, then the rows, numbers right-aligned, in 12 pt. */
    private void table(Table table) {
        List<Column> columns = table.columns();
        List<Integer> widths = widths(table);
        XWPFTable grid = document.createTable(1 + Math.max(1, table.rows().size()), columns.size());
        grid.setWidth(String.valueOf(TEXT_WIDTH));
        grid.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        grid(grid, widths);
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor("E8ECF2");
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            width(cell, widths.get(c));
            run(centred(cell.getParagraphs().get(0)), columns.get(c).header(), TABLE, true, false);
        }
        if (table.rows().isEmpty()) {
            XWPFTableRow row = grid.getRow(1);
            for (int c = 0; c < columns.size(); c++) {
                width(row.getCell(c), widths.get(c));
            }
            run(row.getCell(0).getParagraphs().get(0), word("none"), TABLE, false, true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            XWPFTableRow row = grid.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Object> cells = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                width(cell, widths.get(c));
                Object value = c < cells.size() ? cells.get(c) : null;
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                if (value instanceof Number figure) {
                    paragraph.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(paragraph, text(value), TABLE, false, false);
            }
        }
        XWPFParagraph after = document.createParagraph();
        after.setSpacingAfter(60);
    }

    private String text(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return ReportFormat.figure(((Number) value).doubleValue(), locale);
        }
        if (value instanceof Number number) {
            return ReportFormat.number(number.longValue(), locale);
        }
        return value == null ? "" : value.toString();
    }

    /**
     * A number column is as wide as its longest number and the longest word of its header, so that words wrap whole
     * ("Lượt người / tham gia") and never break between letters; the text columns share the rest by how long their
     * texts are. Widths are estimated from Times New Roman's average letter widths at 12 pt.
     */
    private List<Integer> widths(Table table) {
        List<Column> columns = table.columns();
        int[] widths = new int[columns.size()];
        double[] weights = new double[columns.size()];
        int numbers = 0;
        int textColumns = 0;
        double total = 0;
        for (int c = 0; c < widths.length; c++) {
            Column column = columns.get(c);
            if (column.numeric()) {
                int word = 0;
                for (String part : column.header().split("\\s+")) {
                    word = Math.max(word, part.codePointCount(0, part.length()));
                }
                int figure = 0;
                for (List<Object> row : table.rows()) {
                    figure = Math.max(figure, c < row.size() ? text(row.get(c)).length() : 0);
                }
                widths[c] = Math.max(word * HEADER_LETTER, figure * DIGIT) + CELL_PADDING;
                numbers += widths[c];
            } else {
                int longest = column.header().length();
                for (List<Object> row : table.rows()) {
                    longest = Math.max(longest, c < row.size() && row.get(c) != null ? row.get(c).toString().length() : 0);
                }
                weights[c] = Math.max(10, Math.min(longest, 80));
                total += weights[c];
                textColumns++;
            }
        }
        int textMinimum = MIN_TEXT_COLUMN * textColumns;
        if (numbers > TEXT_WIDTH - textMinimum) {
            double scale = (double) (TEXT_WIDTH - textMinimum) / numbers;
            numbers = 0;
            for (int c = 0; c < widths.length; c++) {
                if (columns.get(c).numeric()) {
                    widths[c] = (int) (widths[c] * scale);
                    numbers += widths[c];
                }
            }
        }
        int textSpace = TEXT_WIDTH - numbers;
        for (int c = 0; c < widths.length; c++) {
            if (!columns.get(c).numeric()) {
                widths[c] = (int) (textSpace * weights[c] / total);
            }
        }
        if (textColumns == 0 && widths.length > 0) {
            widths[widths.length - 1] += textSpace;
        }
        List<Integer> list = new ArrayList<>();
        for (int width : widths) {
            list.add(width);
        }
        return list;
    }

    // --- the end: recipients and signature ------------------------------------------------------------------------

    private void signature(Letterhead given) {
        document.createParagraph();
        XWPFTable table = borderless(2, List.of(TEXT_WIDTH / 2, TEXT_WIDTH - TEXT_WIDTH / 2));
        // The signature block stays on one page.
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        run(left.getParagraphs().get(0), word("recipients"), TABLE, true, true);
        run(left.addParagraph(), word("as-above"), 11, false, false);
        run(left.addParagraph(), word("archive"), 11, false, false);

        run(centred(right.getParagraphs().get(0)), upper(given.signerPosition() != null ? given.signerPosition() : word("head")),
                BODY, true, false);
        for (int i = 0; i < 4; i++) {
            run(centred(right.addParagraph()), "", BODY, false, false);
        }
        run(centred(right.addParagraph()), given.signerName() != null ? given.signerName() : "", BODY, true, false);
    }

    // --- what the caller's unit says when the request does not ----------------------------------------------------

    /** "UBND TỈNH KON TUM" / "PEOPLE'S COMMITTEE OF KON TUM PROVINCE"; blank for a report of everywhere. */
    private String defaultParentAuthority() {
        String unit = unitName();
        if (unit == null) {
            return "";
        }
        return english ? "People's Committee of " + englishUnit(unit) : "UBND " + unit;
    }

    /** The caller's agency and the locality ("CÔNG AN TỈNH KON TUM"); the movement's steering committee otherwise. */
    private String defaultIssuingAgency(String callerAgency) {
        return KnownAgencies.find(callerAgency)
                .map(agency -> {
                    String unit = unitName();
                    if (unit == null) {
                        return agency.label().in(locale);
                    }
                    return english ? englishUnit(unit) + " " + agency.label().in(locale) : agency.label().in(locale) + " " + unit;
                })
                .orElse(word("steering"));
    }

    /** "Kon Tum": the report's unit without its level; dots a clerk fills in for a report of everywhere. */
    private String defaultPlace() {
        String unit = unitName();
        return unit == null ? word("place-blank") : bare(unit);
    }

    /** The most specific unit of the report's locality, as the gazetteer names it ("Tỉnh Kon Tum"); null for none. */
    private String unitName() {
        String name = localityName();
        if (name == null) {
            return null;
        }
        int comma = name.indexOf(',');
        return comma < 0 ? name : name.substring(0, comma).strip();
    }

    /** The locality's names ("Xã Đắk Pne, Huyện Kon Rẫy, Tỉnh Kon Tum") without its code; null for everywhere. */
    private String localityName() {
        String code = report.json().locality();
        if (code == null) {
            return null;
        }
        String name = report.json().localityName() != null ? report.json().localityName() : report.localityText();
        String suffix = " (" + code + ")";
        if (name.endsWith(suffix)) {
            name = name.substring(0, name.length() - suffix.length());
        }
        return name.equals(code) ? null : name.strip();
    }

    private static final List<List<String>> LEVELS = List.of(
            List.of("Thành phố ", " City"), List.of("Tỉnh ", " Province"), List.of("Huyện ", " District"),
            List.of("Quận ", " District"), List.of("Thị xã ", " Town"), List.of("Thị trấn ", " Township"),
            List.of("Phường ", " Ward"), List.of("Xã ", " Commune"), List.of("Đặc khu ", " Special Zone"));

    /** "Tỉnh Kon Tum" as English writes it: "Kon Tum Province". */
    private static String englishUnit(String unit) {
        for (List<String> level : LEVELS) {
            if (unit.startsWith(level.get(0))) {
                return unit.substring(level.get(0).length()) + level.get(1);
            }
        }
        return unit;
    }

    /** "Tỉnh Kon Tum" without its level: "Kon Tum". */
    private static String bare(String unit) {
        for (List<String> level : LEVELS) {
            if (unit.startsWith(level.get(0))) {
                return unit.substring(level.get(0).length());
            }
        }
        return unit;
    }

    /** "trên địa bàn tỉnh Kon Tum" / "in Kon Tum Province"; everywhere when the report has no locality. */
    private String localityPhrase() {
        String name = localityName();
        if (name == null) {
            return word("everywhere");
        }
        List<String> units = List.of(name.split(",\\s*"));
        if (english) {
            return word("in") + " " + units.stream().map(DocxReport::englishUnit).collect(Collectors.joining(", "));
        }
        return word("in") + " " + units.stream().map(DocxReport::lowerLevel).collect(Collectors.joining(", "));
    }

    /** "Tỉnh Kon Tum" inside a Vietnamese sentence: "tỉnh Kon Tum". */
    private static String lowerLevel(String unit) {
        for (List<String> level : LEVELS) {
            if (unit.startsWith(level.get(0))) {
                return level.get(0).toLowerCase(Locale.forLanguageTag("vi")) + unit.substring(level.get(0).length());
            }
        }
        return unit;
    }

    /** "từ tháng 01 năm 2019 đến tháng 12 năm 2024" / "from January 2019 to December 2024". */
    private String periodPhrase() {
        YearMonth from = month(report.json().from());
        YearMonth to = month(report.json().to());
        String start = from == null ? (english ? "from the start of the records" : "từ khi bắt đầu ghi nhận")
                : (english ? "from " : "từ ") + ReportFormat.month(from, locale);
        String end = to == null ? (english ? "until now" : "đến nay") : (english ? "to " : "đến ") + ReportFormat.month(to, locale);
        return start + " " + end;
    }

    private static YearMonth month(String month) {
        try {
            return month == null ? null : YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String dayOf(String isoDate) {
        try {
            return isoDate == null ? null : ReportFormat.date(LocalDate.parse(isoDate), locale);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day the report was computed, in Vietnam time: the draft's date until a clerk changes it. */
    private LocalDate issued() {
        return OffsetDateTime.parse(report.asOf()).toLocalDate();
    }

    // --- small pieces ---------------------------------------------------------------------------------------------

    private boolean is(Section section, String key) {
        return section.title().equals(ReportText.of(key, locale));
    }

    private String word(String key) {
        return WORDS.get(key).in(locale);
    }

    private String number(long value) {
        return ReportFormat.number(value, locale);
    }

    /** "1 activity", "2 activities" (English); the number and the plural otherwise. */
    private String count(long value, String one, String many) {
        return number(value) + " " + (value == 1 ? one : many);
    }

    private String upper(String text) {
        return text == null ? "" : text.toUpperCase(english ? Locale.ENGLISH : Locale.forLanguageTag("vi"));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static String roman(int number) {
        String[] romans = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (number >= values[i]) {
                roman.append(romans[i]);
                number -= values[i];
            }
        }
        return roman.toString();
    }

    private XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setLang(english ? "en-GB" : "vi-VN");
        run.setText(clean(text));
        return run;
    }

    /** Control characters (a line break inside a name) cannot stand in a run's text: they become spaces. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) || codePoint == 0xFFFE || codePoint == 0xFFFF) {
                shown.append(' ');
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** A short rule, centred in a space {@code width} wide: an empty paragraph with a bottom border, indented. */
    private static void rule(XWPFParagraph paragraph, int width, int indent) {
        int side = Math.max(0, Math.min(indent, width / 2 - 200));
        paragraph.setIndentationLeft(side);
        paragraph.setIndentationRight(side);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBefore(0);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(2);
    }

    private XWPFTable borderless(int columns, List<Integer> widths) {
        XWPFTable table = document.createTable(1, columns);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
        table.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setLeftBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideHBorder(XWPFBorderType.NONE, 0, 0, "auto");
        table.setInsideVBorder(XWPFBorderType.NONE, 0, 0, "auto");
        grid(table, widths);
        for (int c = 0; c < columns; c++) {
            width(table.getRow(0).getCell(c), widths.get(c));
        }
        return table;
    }

    private static void grid(XWPFTable table, List<Integer> widths) {
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (Integer width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
    }

    private static void width(XWPFTableCell cell, int width) {
        cell.setWidth(String.valueOf(width));
        cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
    }
}
