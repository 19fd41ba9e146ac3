package vn.antq.activities.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Vocabulary;
import vn.antq.activities.material.Material;
import vn.antq.activities.material.MaterialFilter;
import vn.antq.activities.material.MaterialStore;
import vn.antq.gazetteer.AdminPath;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Resolution;
import vn.antq.kit.security.AntqUser;

/**
 * The spreadsheet a clerk fills in to import activities ({@code GET /api/v1/activities/import/template}), in the
 * person's language: a first sheet with one heading per column of {@link ActivityRowReader#COLUMNS} (words, then the
 * column's name in brackets, with a note saying how to fill it in), drop-down lists for the coded columns, dates
 * formatted as dates and locality codes as text (so that Excel keeps their leading zeros); a sheet with one
 * filled-in row for the person's own agency and place; the code lists; and a guide. Only the first sheet is
 * imported, so the example can never be recorded by mistake.
 */
@Component
public class ImportTemplate {

    /** Rows of the first sheet that get the drop-down lists and formats. */
    static final int PREPARED_ROWS = 1000;

    /** The library's current materials listed for the materials column, newest first. */
    static final int MATERIALS_LISTED = 500;

    /** Where the example row is when the person's token names no place: a commune of Kon Tum, 2019-2024. */
    private static final String EXAMPLE_COMMUNE = "23500";

    private static final int NOTE_WIDTH = 3;
    private static final int NOTE_HEIGHT = 3;

    private final MessageSource messages;
    private final Gazetteer gazetteer;
    private final MaterialStore materials;
    private final Clock clock;

    public ImportTemplate(MessageSource messages, Gazetteer gazetteer, MaterialStore materials, Clock clock) {
        this.messages = messages;
        this.gazetteer = gazetteer;
        this.materials = materials;
        this.clock = clock;
    }

    public byte[] workbook(AntqUser user, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new Writer(workbook, locale).write(user);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String fileName(Locale locale) {
        return messages.getMessage("template.file-name", null, locale);
    }

    /** The coded columns and their choices, as the code lists and the drop-downs show them. */
    private static Map<String, Map<String, Label>> choices() {
        Map<String, Map<String, Label>> choices = new LinkedHashMap<>();
        Map<String, Label> agencies = new LinkedHashMap<>();
        KnownAgencies.ALL.forEach(a -> agencies.put(a.code(), Vocabulary.find(Vocabulary.AGENCY, a.code()).orElseThrow()));
        choices.put("agency", agencies);
        choices.put("partnerAgencies", agencies);
        choices.put("level", labels(Vocabulary.LEVEL, Level.values()));
        choices.put("kind", labels(Vocabulary.KIND, ActivityKind.values()));
        choices.put("channel", labels(Vocabulary.CHANNEL, Channel.values()));
        return choices;
    }

    private static Map<String, Label> labels(String dimension, Enum<?>[] values) {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            labels.put(value.name(), Vocabulary.find(dimension, value.name()).orElseThrow());
        }
        return labels;
    }

    private final class Writer {

        private final XSSFWorkbook workbook;
        private final Locale locale;
        private final CellStyle heading;
        private final CellStyle wrapped;
        private final CellStyle text;
        private final CellStyle date;

        Writer(XSSFWorkbook workbook, Locale locale) {
            this.workbook = workbook;
            this.locale = locale;
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        void write(AntqUser user) {
            Sheet activities = workbook.createSheet(message("template.sheet.activities"));
            Sheet example = workbook.createSheet(message("template.sheet.example"));
            Sheet codes = workbook.createSheet(message("template.sheet.codes"));
            Sheet library = workbook.createSheet(message("template.sheet.materials"));
            Sheet guide = workbook.createSheet(message("template.sheet.guide"));
            Map<String, String> lists = codeLists(codes);
            materialList(library).ifPresent(range -> lists.put("materials", range));
            headings(activities, true);
            prepare(activities, lists);
            headings(example, false);
            exampleRow(example.createRow(1), user);
            guide(guide, activities.getSheetName(), example.getSheetName(), codes.getSheetName(),
                    library.getSheetName());
            workbook.setActiveSheet(0);
        }

        private void headings(Sheet sheet, boolean withNotes) {
            Row row = sheet.createRow(0);
            row.setHeightInPoints(2 * sheet.getDefaultRowHeightInPoints());
            Drawing<?> drawing = withNotes ? sheet.createDrawingPatriarch() : null;
            for (int c = 0; c < ActivityRowReader.COLUMNS.size(); c++) {
                String column = ActivityRowReader.COLUMNS.get(c);
                var cell = row.createCell(c);
                cell.setCellValue(heading(column));
                cell.setCellStyle(heading);
                sheet.setColumnWidth(c, Math.min(255, Math.max(14, heading(column).length() + 2)) * 256);
                if (drawing != null) {
                    ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
                    anchor.setCol1(c);
                    anchor.setCol2(c + NOTE_WIDTH);
                    anchor.setRow1(0);
                    anchor.setRow2(NOTE_HEIGHT);
                    Comment note = drawing.createCellComment(anchor);
                    note.setString(workbook.getCreationHelper().createRichTextString(help(column)));
                    cell.setCellComment(note);
                }
            }
            sheet.createFreezePane(0, 1);
        }

        /** Drop-downs on the coded columns, dates and locality codes formatted, for the rows a clerk fills in. */
        private void prepare(Sheet sheet, Map<String, String> lists) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            for (int c = 0; c < ActivityRowReader.COLUMNS.size(); c++) {
                String column = ActivityRowReader.COLUMNS.get(c);
                switch (column) {
                    case "startDate", "endDate" -> sheet.setDefaultColumnStyle(c, date);
                    case "province", "district", "commune" -> sheet.setDefaultColumnStyle(c, text);
                    default -> sheet.setDefaultColumnStyle(c, wrapped);
                }
                String list = lists.get(column);
                if (list != null && !column.equals("partnerAgencies")) {
                    DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(list),
                            new CellRangeAddressList(1, PREPARED_ROWS, c, c));
                    validation.setShowErrorBox(false);
                    validation.setShowPromptBox(true);
                    validation.createPromptBox(heading(column), help(column));
                    sheet.addValidationData(validation);
                }
            }
        }

        /** One block per coded column; returns each column's named range of choices. */
        private Map<String, String> codeLists(Sheet sheet) {
            Row header = sheet.createRow(0);
            String[] titles = {"template.codes.column", "template.codes.choice", "template.codes.code",
                    "template.codes.vi", "template.codes.en"};
            for (int c = 0; c < titles.length; c++) {
                var cell = header.createCell(c);
                cell.setCellValue(message(titles[c]));
                cell.setCellStyle(heading);
            }
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 60 * 256);
            sheet.setColumnWidth(2, 24 * 256);
            sheet.setColumnWidth(3, 48 * 256);
            sheet.setColumnWidth(4, 48 * 256);
            Map<String, String> lists = new LinkedHashMap<>();
            int r = 1;
            for (Map.Entry<String, Map<String, Label>> column : choices().entrySet()) {
                int first = r;
                for (Map.Entry<String, Label> choice : column.getValue().entrySet()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(heading(column.getKey()));
                    row.createCell(1).setCellValue(Coded.choice(choice.getValue().in(locale), choice.getKey()));
                    row.createCell(2).setCellValue(choice.getKey());
                    row.createCell(3).setCellValue(choice.getValue().vi());
                    row.createCell(4).setCellValue(choice.getValue().en());
                }
                Name name = workbook.createName();
                name.setNameName("choices_" + column.getKey());
                name.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), first, 1, true, true),
                        new CellReference(sheet.getSheetName(), r - 1, 1, true, true), SpreadsheetVersion.EXCEL2007)
                        .formatAsString());
                lists.put(column.getKey(), name.getNameName());
                r++;
            }
            return lists;
        }

        /** The library's current materials, each as its title and id; the named range of those, if any. */
        private Optional<String> materialList(Sheet sheet) {
            Row header = sheet.createRow(0);
            String[] titles = {"template.codes.choice", "template.materials.kind", "template.materials.languages",
                    "template.materials.issuer"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(message(titles[c]));
                header.getCell(c).setCellStyle(heading);
            }
            sheet.setColumnWidth(0, 80 * 256);
            sheet.setColumnWidth(1, 24 * 256);
            sheet.setColumnWidth(2, 36 * 256);
            sheet.setColumnWidth(3, 30 * 256);
            List<Material> current = materials.list(new MaterialFilter(null, null, null, null, true), 0,
                    MATERIALS_LISTED);
            int r = 1;
            for (Material material : current) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(Coded.choice(material.details().title(), material.id()));
                row.createCell(1).setCellValue(material.details().kind().label(locale));
                row.createCell(2).setCellValue(String.join(", ", material.details().languages().stream()
                        .map(language -> language.label(locale)).toList()));
                row.createCell(3).setCellValue(Vocabulary.label(Vocabulary.AGENCY, material.details().agency(), locale));
            }
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Name name = workbook.createName();
            name.setNameName("choices_materials");
            name.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), 1, 0, true, true),
                    new CellReference(sheet.getSheetName(), r - 1, 0, true, true), SpreadsheetVersion.EXCEL2007)
                    .formatAsString());
            return Optional.of(name.getNameName());
        }

        private void exampleRow(Row row, AntqUser user) {
            AdminPath place = place(user);
            LocalDate today = LocalDate.now(clock);
            LocalDate on = (place.structure().validTo() != null && place.structure().validTo().isBefore(today)
                    ? place.structure().validTo() : today).withDayOfMonth(1);
            String agency = user.agency() != null && KnownAgencies.find(user.agency()).isPresent() ? user.agency()
                    : KnownAgencies.WOMEN_UNION;
            Map<String, Label> agencies = choices().get("agency");
            Level level = place.commune() != null ? Level.COMMUNE : place.district() != null ? Level.DISTRICT
                    : Level.PROVINCE;
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("agency", Coded.choice(agencies.get(agency).in(locale), agency));
            values.put("level", Coded.choice(level.label().in(locale), level.name()));
            values.put("province", place.province().code());
            values.put("district", place.district() == null ? null : place.district().code());
            values.put("commune", place.commune() == null ? null : place.commune().code());
            ActivityKind kind = ActivityKind.VILLAGE_MEETING;
            values.put("kind", Coded.choice(kind.label().in(locale), kind.name()));
            values.put("topics", message("template.example.topic"));
            values.put("title", message("template.example.title"));
            values.put("startDate", on);
            values.put("participants", 120L);
            values.put("women", 64L);
            values.put("ethnicMinority", 85L);
            for (int c = 0; c < ActivityRowReader.COLUMNS.size(); c++) {
                Object value = values.get(ActivityRowReader.COLUMNS.get(c));
                var cell = row.createCell(c);
                if (value instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else if (value instanceof Long n) {
                    cell.setCellValue(n);
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                    cell.setCellStyle(text);
                }
            }
        }

        /**
         * The person's own place (its most specific unit, in the 2019-2024 structure if it has one there, else in the
         * structure in force), or a commune of Kon Tum when the token names none.
         */
        private AdminPath place(AntqUser user) {
            if (user.locality() != null) {
                for (Resolution resolution : List.of(gazetteer.resolve(user.locality()),
                        gazetteer.resolve(user.locality(), LocalDate.now(clock)))) {
                    if (resolution instanceof Resolution.Resolved resolved) {
                        return resolved.path();
                    }
                }
            }
            return ((Resolution.Resolved) gazetteer.resolve(EXAMPLE_COMMUNE)).path();
        }

        private void guide(Sheet sheet, String activities, String example, String codes, String library) {
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.setColumnWidth(2, 12 * 256);
            sheet.setColumnWidth(3, 70 * 256);
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(message("template.guide.title"));
            title.getCell(0).setCellStyle(heading);
            for (String line : List.of(message("template.guide.rows", activities),
                    message("template.guide.choices", codes), message("template.guide.dates"),
                    message("template.guide.materials", library), message("template.guide.again"),
                    message("template.guide.example", example))) {
                sheet.createRow(r++).createCell(0).setCellValue(line);
            }
            r++;
            Row header = sheet.createRow(r++);
            List<String> titles = new ArrayList<>(List.of(message("template.guide.column"),
                    message("template.guide.heading"), message("template.guide.required"), message("template.guide.how")));
            for (int c = 0; c < titles.size(); c++) {
                header.createCell(c).setCellValue(titles.get(c));
                header.getCell(c).setCellStyle(heading);
            }
            for (String column : ActivityRowReader.COLUMNS) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(message("column." + column));
                row.createCell(1).setCellValue(heading(column));
                row.createCell(2).setCellValue(message(
                        ActivityRowReader.REQUIRED_COLUMNS.contains(column) ? "template.yes" : "template.no"));
                row.createCell(3).setCellValue(help(column));
                row.getCell(3).setCellStyle(wrapped);
            }
        }

        /** A column's heading: its words, a star when it is required, and its name in brackets. */
        private String heading(String column) {
            String star = ActivityRowReader.REQUIRED_COLUMNS.contains(column) ? " *" : "";
            return Coded.choice(message("column." + column) + star, column);
        }

        private String help(String column) {
            return message("column." + column + ".help");
        }

        private String message(String code, Object... arguments) {
            return messages.getMessage(code, arguments, locale);
        }
    }
}
