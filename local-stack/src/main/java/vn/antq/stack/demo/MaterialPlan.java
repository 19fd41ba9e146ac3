package vn.antq.stack.demo;

import static vn.antq.contracts.common.KnownAgencies.POLICE;
import static vn.antq.contracts.common.KnownAgencies.WOMEN_UNION;
import static vn.antq.stack.demo.ActivityPlan.WEAK_COMMUNE;
import static vn.antq.stack.demo.ActivityPlan.WEAK_DISTRICT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The official outreach materials of 2019-2024 and where they went (point 6 of the article: "some grassroots outreach
 * staff lack official materials"):
 * <ul>
 *     <li>the provincial police and Women's Union issue leaflets, a poster, a questions-and-answers booklet and a slide
 *     deck in Vietnamese, two bilingual leaflets (Vietnamese with Xơ Đăng, with Ba Na), and an audio clip for the
 *     village loudspeakers in each of the six minority languages of the province; the 2019 leaflet on online fraud is
 *     withdrawn once its 2023 successor is out;</li>
 *     <li>every commune receives the Vietnamese materials, and the file or the link of those in the languages its
 *     residents speak ({@link #languagesOf}, the population table's languages);</li>
 *     <li>the weak localities receive less: Tu Mơ Rông (617) and Xã Mô Rai (23536) get a few copies of the Vietnamese
 *     leaflet and poster, nothing in their languages. Those of their communes whose outreach is below the province's
 *     median are the MATERIALS_GAP the demo plants.</li>
 * </ul>
 */
final class MaterialPlan {

    private static final String RADIO = "https://ptth.kontum.gov.vn/ban-tin-an-ninh/";
    private static final String LIBRARY = "https://congan.kontum.gov.vn/tai-lieu/";

    /** The ethnic-minority languages spoken in each district of Kon Tum (its peoples as the census counts them). */
    private static final Map<String, List<String>> DISTRICT_LANGUAGES = Map.of(
            "608", List.of("BA_NA"),
            "610", List.of("GIE_TRIENG", "XO_DANG"),
            "611", List.of("GIE_TRIENG", "BRAU"),
            "612", List.of("XO_DANG"),
            "613", List.of("XO_DANG"),
            "614", List.of("BA_NA", "XO_DANG"),
            "615", List.of("XO_DANG", "BA_NA"),
            "616", List.of("GIA_RAI", "RO_MAM"),
            "617", List.of("XO_DANG"),
            "618", List.of("GIA_RAI"));

    /** The materials and the MATERIALS_GAP findings they leave. */
    record Result(List<DemoMaterial> materials, List<Planted> planted) {
    }

    private MaterialPlan() {
    }

    /** The languages a district's residents speak beside Vietnamese (the same for each of its communes). */
    static List<String> languagesOf(String district) {
        return DISTRICT_LANGUAGES.getOrDefault(district, List.of());
    }

    static Result generate(List<DemoActivity> activities) {
        KonTumPlaces places = KonTumPlaces.get();
        Predicate<KonTumPlaces.Commune> weak = c -> c.districtCode().equals(WEAK_DISTRICT) || c.code().equals(WEAK_COMMUNE);
        Predicate<KonTumPlaces.Commune> everyone = c -> true;
        Predicate<KonTumPlaces.Commune> ordinary = weak.negate();
        List<DemoMaterial> materials = new ArrayList<>();
        materials.add(material("drugs-leaflet", POLICE, "Tờ gấp phòng, chống tội phạm và tệ nạn ma túy", "LEAFLET",
                "phòng, chống ma túy", List.of("VIETNAMESE"), LocalDate.of(2021, 3, 15), true, false,
                places, everyone, c -> weak.test(c) ? c.population() / 100 : c.population() / 20, false));
        materials.add(material("movement-poster", POLICE, "Áp phích \"Toàn dân bảo vệ an ninh Tổ quốc\"", "POSTER",
                "toàn dân bảo vệ an ninh Tổ quốc", List.of("VIETNAMESE"), LocalDate.of(2021, 7, 20), true, false,
                places, everyone, c -> weak.test(c) ? 3 : 10, false));
        materials.add(material("fraud-leaflet-2019", POLICE, "Tờ gấp phòng, chống lừa đảo qua mạng (bản 2019)", "LEAFLET",
                "lừa đảo qua mạng", List.of("VIETNAMESE"), LocalDate.of(2019, 5, 10), true, true,
                places, ordinary, c -> c.population() / 30, false));
        materials.add(material("fraud-leaflet", POLICE, "Tờ gấp phòng, chống lừa đảo qua mạng", "LEAFLET",
                "lừa đảo qua mạng", List.of("VIETNAMESE"), LocalDate.of(2023, 9, 12), true, false,
                places, ordinary, c -> c.population() / 25, false));
        materials.add(material("law-qa", WOMEN_UNION, "Sổ tay hỏi - đáp pháp luật về an ninh, trật tự ở cơ sở",
                "QUESTIONS_AND_ANSWERS", "pháp luật về an ninh, trật tự", List.of("VIETNAMESE"), LocalDate.of(2022, 4, 5),
                true, false, places, ordinary, c -> 0, true));
        materials.add(material("grassroots-slides", POLICE, "Bài giảng tuyên truyền phòng, chống tội phạm cho cán bộ cơ sở",
                "SLIDE_DECK", "phòng, chống tội phạm", List.of("VIETNAMESE"), LocalDate.of(2024, 2, 26), false, false,
                places, ordinary, c -> 0, true));
        materials.add(material("bilingual-xo-dang", WOMEN_UNION, "Tờ gấp tuyên truyền pháp luật song ngữ Việt - Xơ Đăng",
                "LEAFLET", "tuyên truyền pháp luật", List.of("VIETNAMESE", "XO_DANG"), LocalDate.of(2023, 4, 10), true,
                false, places, ordinary.and(c -> languagesOf(c.districtCode()).contains("XO_DANG")),
                c -> c.population() / 40, false));
        materials.add(material("bilingual-ba-na", WOMEN_UNION, "Tờ gấp tuyên truyền pháp luật song ngữ Việt - Ba Na",
                "LEAFLET", "tuyên truyền pháp luật", List.of("VIETNAMESE", "BA_NA"), LocalDate.of(2023, 4, 10), true,
                false, places, ordinary.and(c -> languagesOf(c.districtCode()).contains("BA_NA")),
                c -> c.population() / 40, false));
        Map<String, String> names = Map.of("XO_DANG", "Xơ Đăng", "BA_NA", "Ba Na", "GIA_RAI", "Gia Rai", "GIE_TRIENG",
                "Giẻ Triêng", "BRAU", "Brâu", "RO_MAM", "Rơ Măm");
        for (String language : List.of("XO_DANG", "BA_NA", "GIA_RAI", "GIE_TRIENG", "BRAU", "RO_MAM")) {
            materials.add(material("radio-" + language.toLowerCase(java.util.Locale.ROOT), POLICE,
                    "Bản tin phát thanh phòng, chống ma túy bằng tiếng " + names.get(language), "AUDIO_CLIP",
                    "phòng, chống ma túy", List.of(language), LocalDate.of(2022, 6, 1), false, false, places,
                    ordinary.and(c -> languagesOf(c.districtCode()).contains(language)), c -> 0, true));
        }
        return new Result(List.copyOf(materials), planted(activities, materials));
    }

    private static DemoMaterial material(String key, String agency, String title, String kind, String topic,
            List<String> languages, LocalDate issuedOn, boolean file, boolean withdrawn, KonTumPlaces places,
            Predicate<KonTumPlaces.Commune> to, java.util.function.ToLongFunction<KonTumPlaces.Commune> copies,
            boolean digital) {
        List<DemoMaterial.Distribution> distributions = new ArrayList<>();
        int n = 0;
        for (KonTumPlaces.Commune commune : places.communes()) {
            if (to.test(commune)) {
                distributions.add(new DemoMaterial.Distribution(commune.districtCode(), commune.code(),
                        issuedOn.plusDays(7 + n++ % 21), Math.max(digital ? 0 : 1, copies.applyAsLong(commune)), digital));
            }
        }
        String link = file ? null : (kind.equals("AUDIO_CLIP") ? RADIO : LIBRARY) + key;
        return new DemoMaterial(key, agency, title, kind, List.of(topic), languages, String.valueOf(issuedOn.getYear()),
                issuedOn, link, file ? key + ".pdf" : null, withdrawn, distributions);
    }

    /**
     * Every commune whose participations per 1,000 residents in 2019-2024 are below the median of the province's
     * communes and which holds no current material, or none in a language its residents speak: what analytics finds.
     */
    private static List<Planted> planted(List<DemoActivity> activities, List<DemoMaterial> materials) {
        KonTumPlaces places = KonTumPlaces.get();
        Map<String, Long> participations = activities.stream().filter(a -> a.counts() && a.commune() != null)
                .collect(Collectors.groupingBy(DemoActivity::commune, Collectors.summingLong(DemoActivity::participants)));
        Map<String, Double> rate = new HashMap<>();
        places.communes().forEach(c -> rate.put(c.code(), participations.getOrDefault(c.code(), 0L) * 1000.0 / c.population()));
        double[] sorted = rate.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        List<Planted> planted = new ArrayList<>();
        for (KonTumPlaces.Commune commune : places.communes()) {
            Set<String> covered = new HashSet<>();
            long current = 0;
            for (DemoMaterial material : materials) {
                boolean received = material.distributions().stream().anyMatch(d -> d.commune().equals(commune.code()));
                if (received && !material.withdrawn()) {
                    current++;
                    covered.addAll(material.languages());
                }
            }
            List<String> missing = languagesOf(commune.districtCode()).stream().filter(l -> !covered.contains(l)).toList();
            if (rate.get(commune.code()) < median && (current == 0 || !missing.isEmpty())) {
                planted.add(new Planted(Planted.Kind.MATERIALS_GAP, commune.code(), commune.name(), "commune "
                        + commune.code() + ": " + current + " current materials, none in " + missing + "; "
                        + Math.round(rate.get(commune.code())) + " participations per 1,000 residents, median "
                        + Math.round(median)));
            }
        }
        return planted;
    }

    /** A minimal one-page PDF naming the material, for the library to keep and detect from its content. */
    static byte[] pdf(DemoMaterial material) {
        String text = "ANTQ Kon Tum - " + material.key() + " - " + material.edition();
        String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
