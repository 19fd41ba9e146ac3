package vn.antq.bench.support;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import vn.antq.contracts.activity.ActivityEvent;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.contracts.activity.ActivityStatus;
import vn.antq.contracts.common.Channel;
import vn.antq.contracts.common.KnownAgencies;
import vn.antq.contracts.common.Level;
import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;

/**
 * Deterministic outreach activities (fixed seed) of the four agencies in one province, 2019-2024, valid for
 * event-service and for the contract's schemas: each as an HTTP form, an import-file row or a contract event. Most
 * activities are one agency's own; about 30 % have partner agencies, so they also feed the coordination cells.
 */
public final class Activities {

    /** Kon Tum, the province of the seed article. */
    public static final String KON_TUM = "62";
    /** Gia Lai: where the freshness probes are recorded, apart from the load. */
    public static final String GIA_LAI = "64";
    public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    public static final List<String> CSV_COLUMNS = List.of("agency", "partnerAgencies", "level", "province", "district",
            "commune", "kind", "channel", "topics", "title", "startDate", "endDate", "participants", "women",
            "ethnicMinority", "reach", "copies");

    public static final List<String> AGENCIES = KnownAgencies.ALL.stream().map(KnownAgencies.Agency::code).toList();
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.values()).stream()
            .filter(kind -> kind.channel().isPresent()).toList();
    private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    private static final Instant OCCURRED_AT = Instant.parse("2025-01-15T02:00:00Z");

    private final String province;
    private final List<AdminUnit> communes;
    private final Random random;
    private int sweepTotal;
    private int sweepIndex;

    public Activities(String province, long seed) {
        this.province = province;
        this.communes = communesInForceThroughout(province);
        this.random = new Random(seed);
    }

    /** The province's communes that exist from the first to the last day, so that any date fits any of them. */
    static List<AdminUnit> communesInForceThroughout(String province) {
        List<AdminUnit> communes = Gazetteer.official().communesOfProvince(province, Structure.Y2019).stream()
                .filter(unit -> unit.isInForceOn(FIRST_DAY) && unit.isInForceOn(LAST_DAY)).toList();
        if (communes.isEmpty()) {
            throw new IllegalStateException("No commune of province " + province + " in force 2019-2024");
        }
        return communes;
    }

    /** One activity as recorded: what a recorder submits. */
    public record Activity(String agency, List<String> partnerAgencies, String province, String district,
            String commune, ActivityKind kind, String title, LocalDate startDate, LocalDate endDate, long participants,
            long women, long ethnicMinority, long reach, long copies) {

        public Channel channel() {
            return kind.channel().orElseThrow();
        }

        public int year() {
            return startDate.getYear();
        }

        /** The body of {@code POST /api/v1/activities}. */
        public Map<String, Object> form() {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("agency", agency);
            form.put("partnerAgencies", partnerAgencies);
            form.put("level", Level.COMMUNE.name());
            form.put("locality", Map.of("province", province, "district", district, "commune", commune));
            form.put("kind", kind.name());
            form.put("channel", channel().name());
            form.put("topics", List.of("an ninh trật tự"));
            form.put("title", title);
            form.put("startDate", startDate.toString());
            form.put("endDate", endDate.toString());
            form.put("participants", participants);
            form.put("women", women);
            form.put("ethnicMinority", ethnicMinority);
            form.put("reach", reach);
            form.put("copies", copies);
            return form;
        }

        /** The activity as its service publishes it once recorded (version 1). */
        public ActivityEvent event(String id) {
            return new ActivityEvent(id, 1, "bench-" + agency.toLowerCase(Locale.ROOT), OCCURRED_AT, agency,
                    partnerAgencies, Level.COMMUNE, new Locality(province, district, commune), kind, channel(),
                    List.of("an ninh trật tự"), title, startDate, endDate, participants, women, ethnicMinority, reach,
                    copies, ActivityStatus.RECORDED);
        }

        /** A row of an import file, in {@link #CSV_COLUMNS} order. */
        public String csvRow() {
            List<Object> cells = List.of(agency, String.join(";", partnerAgencies), Level.COMMUNE, province, district,
                    commune, kind, channel(), "an ninh trật tự", title, startDate, endDate, participants, women,
                    ethnicMinority, reach, copies);
            StringBuilder row = new StringBuilder();
            for (Object cell : cells) {
                if (!row.isEmpty()) {
                    row.append(',');
                }
                String text = String.valueOf(cell);
                row.append(text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text);
            }
            return row.toString();
        }
    }

    /**
     * One participation cell: what an agency recorded of one kind (so one channel) in one commune and one month. An
     * activity without partner agencies adds to this cell alone.
     */
    public record Cell(String agency, AdminUnit commune, ActivityKind kind, YearMonth month) {
    }

    public Activity next() {
        return next(AGENCIES.get(random.nextInt(AGENCIES.size())));
    }

    /**
     * The {@code index}-th hot cell: a cell of the province that no other index gives (the police's village meetings
     * in one commune and month), for a load that piles into a single cell.
     */
    public Cell hotCell(int index) {
        int months = (int) YearMonth.from(FIRST_DAY).until(YearMonth.from(LAST_DAY), ChronoUnit.MONTHS) + 1;
        if (index < 0 || index >= communes.size() * months) {
            throw new IllegalArgumentException("No hot cell " + index + " in province " + province);
        }
        return new Cell("POLICE", communes.get(index / months), ActivityKind.VILLAGE_MEETING,
                YearMonth.from(FIRST_DAY).plusMonths(index % months));
    }

    /**
     * An activity that adds to {@code cell} and to no other cell: no partner agencies (so no coordination cell), the
     * cell's agency, commune, kind and month; its day and figures drawn as {@link #next(String)} draws them.
     */
    public Activity next(Cell cell) {
        LocalDate start = cell.month().atDay(1 + random.nextInt(cell.month().lengthOfMonth()));
        long participants = 10 + random.nextInt(391);
        return new Activity(cell.agency(), List.of(), province, cell.commune().districtCode(), cell.commune().code(),
                cell.kind(), "Tuyên truyền phòng, chống tội phạm " + cell.kind().label().vi(), start, start,
                participants, random.nextLong(participants + 1), random.nextLong(participants + 1), 0, 0);
    }

    /** An activity recorded by this agency (an import file holds one agency's rows). */
    public Activity next(String agency) {
        List<String> partners = new ArrayList<>();
        int roll = random.nextInt(100);
        int partnerCount = roll < 70 ? 0 : roll < 92 ? 1 : roll < 98 ? 2 : 3;
        List<String> others = new ArrayList<>(AGENCIES);
        others.remove(agency);
        while (partners.size() < partnerCount) {
            partners.add(others.remove(random.nextInt(others.size())));
        }
        AdminUnit commune = communes.get(random.nextInt(communes.size()));
        ActivityKind kind = KINDS.get(random.nextInt(KINDS.size()));
        LocalDate start = FIRST_DAY.plusDays(sweepTotal > 0 ? Math.min(DAYS - 4, (long) sweepIndex++ * (DAYS - 3) / sweepTotal)
                : random.nextInt(DAYS - 3));
        Channel channel = kind.channel().orElseThrow();
        long participants = 10 + random.nextInt(391);
        return new Activity(agency, List.copyOf(partners), province, commune.districtCode(), commune.code(), kind,
                "Tuyên truyền phòng, chống tội phạm " + kind.label().vi(), start, start.plusDays(random.nextInt(3)),
                participants, random.nextLong(participants + 1), random.nextLong(participants + 1),
                channel == Channel.ONLINE || channel == Channel.BROADCAST ? random.nextInt(5000) : 0,
                channel == Channel.PRINT ? random.nextInt(2000) : 0);
    }

    /**
     * The next {@code total} activities in the order of their dates, first day to last, as a live feed or a replay of
     * one brings them (a batch then touches a few months); otherwise each date is drawn from the whole period.
     */
    public void sweep(int total) {
        this.sweepTotal = total;
        this.sweepIndex = 0;
    }

    /**
     * The {@code index}-th probe: the only activity in its commune and month of the probe province, so that the
     * analytics answer grouped by commune and month shows when it arrived.
     */
    public Activity probe(int index) {
        AdminUnit commune = communes.get(index % communes.size());
        YearMonth month = YearMonth.from(FIRST_DAY).plusMonths(index / communes.size());
        if (month.isAfter(YearMonth.from(LAST_DAY))) {
            throw new IllegalStateException("No probe cell left after " + index + " probes");
        }
        LocalDate day = month.atDay(1);
        return new Activity("POLICE", List.of(), province, commune.districtCode(), commune.code(),
                ActivityKind.VILLAGE_MEETING, "Họp thôn kiểm tra độ trễ", day, day, 50, 20, 10, 0, 0);
    }

    /** How many probes {@link #probe} can make. */
    public int probeCapacity() {
        return communes.size() * (int) (YearMonth.from(FIRST_DAY).until(YearMonth.from(LAST_DAY),
                ChronoUnit.MONTHS) + 1);
    }

    public static byte[] csv(List<Activity> activities) {
        StringBuilder csv = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        activities.forEach(activity -> csv.append(activity.csvRow()).append('\n'));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
