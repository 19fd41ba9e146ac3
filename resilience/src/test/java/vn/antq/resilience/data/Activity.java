package vn.antq.resilience.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import vn.antq.contracts.activity.ActivityKind;
import vn.antq.gazetteer.AdminUnit;

/**
 * A valid outreach activity as the suite submits it, with the figures analytics must count for it. Kinds are those
 * with a fixed channel; dates lie in 2024 (the 2019-2024 structure's codes are in force then).
 */
public record Activity(String agency, List<String> partnerAgencies, String province, String district, String commune,
                       ActivityKind kind, String title, LocalDate startDate, long participants, long women,
                       long ethnicMinority, long reach, long copies) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ActivityKind> KINDS = List.of(ActivityKind.values()).stream()
            .filter(kind -> kind.channel().isPresent()).toList();
    private static final List<String> TOPICS = List.of("phòng chống tội phạm", "an ninh trật tự thôn làng",
            "phòng chống ma túy", "an toàn giao thông", "pháp luật cho phụ nữ dân tộc thiểu số");

    /** A random activity of {@code agency} in a commune of {@code places}. */
    public static Activity random(String agency, Places places, Random random) {
        AdminUnit commune = places.anyCommune(random);
        ActivityKind kind = KINDS.get(random.nextInt(KINDS.size()));
        long participants = random.nextInt(400);
        boolean media = kind.channel().orElseThrow() != vn.antq.contracts.common.Channel.DIRECT;
        return new Activity(agency, Agencies.partnersOf(agency, random), places.province(), commune.districtCode(),
                commune.code(), kind, "Tuyên truyền " + kind.labelVi().toLowerCase() + " tại " + commune.name() + " "
                        + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)), participants,
                participants == 0 ? 0 : random.nextLong(participants + 1),
                participants == 0 ? 0 : random.nextLong(participants + 1),
                media ? random.nextInt(5000) : 0, kind == ActivityKind.PUBLICATION ? random.nextInt(2000) : 0);
    }

    /** The same activity with other figures: what a revision submits. */
    public Activity revised(Random random) {
        long newParticipants = random.nextInt(400);
        return new Activity(agency, partnerAgencies, province, district, commune, kind, title + " (sửa)", startDate,
                newParticipants, newParticipants == 0 ? 0 : random.nextLong(newParticipants + 1), 0, reach, copies);
    }

    public String json() {
        return JSON.writeValueAsString(Map.ofEntries(
                Map.entry("agency", agency),
                Map.entry("partnerAgencies", partnerAgencies),
                Map.entry("level", "COMMUNE"),
                Map.entry("locality", Map.of("province", province, "district", district, "commune", commune)),
                Map.entry("kind", kind.name()),
                Map.entry("topics", List.of(TOPICS.get(Math.floorMod(title.hashCode(), TOPICS.size())))),
                Map.entry("title", title),
                Map.entry("startDate", startDate.toString()),
                Map.entry("endDate", startDate.toString()),
                Map.entry("participants", participants),
                Map.entry("women", women),
                Map.entry("ethnicMinority", ethnicMinority),
                Map.entry("reach", reach),
                Map.entry("copies", copies)));
    }
}
