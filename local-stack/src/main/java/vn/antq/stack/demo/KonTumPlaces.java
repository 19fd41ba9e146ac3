package vn.antq.stack.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;

/**
 * Kon Tum province (code 62) as the demo sees it: its 10 districts and 102 communes of 2019-2024 from the
 * gazetteer, each with an estimated population and share of ethnic-minority residents. The estimates are
 * round figures near the 2019 census, split over a district's communes (wards and townships count 1.6
 * times a rural commune); they exist so that participations per resident are even across the province
 * except where the demo plants a weak locality.
 */
public final class KonTumPlaces {

    public static final String PROVINCE = "62";

    /** A district with its communes. */
    public record District(String code, String name, long population, double ethnicShare, List<Commune> communes) {
    }

    /** A commune (xã, phường, thị trấn) with its estimated population. */
    public record Commune(String code, String name, String districtCode, long population, double ethnicShare) {
    }

    /** Round estimates near the 2019 census, with the share of ethnic-minority residents (dân tộc thiểu số). */
    private static final Map<String, double[]> DISTRICT_FIGURES = Map.of(
            "608", new double[] {168_000, 0.35},  // Thành phố Kon Tum
            "610", new double[] {46_000, 0.85},   // Đắk Glei
            "611", new double[] {56_000, 0.55},   // Ngọc Hồi
            "612", new double[] {43_000, 0.55},   // Đắk Tô
            "613", new double[] {27_000, 0.90},   // Kon Plông
            "614", new double[] {28_000, 0.75},   // Kon Rẫy
            "615", new double[] {75_000, 0.50},   // Đắk Hà
            "616", new double[] {53_000, 0.60},   // Sa Thầy
            "617", new double[] {26_000, 0.95},   // Tu Mơ Rông
            "618", new double[] {14_000, 0.30});  // Ia H'Drai

    private static final double URBAN_WEIGHT = 1.6;

    private static final KonTumPlaces INSTANCE = load(Gazetteer.official());

    private final List<District> districts;
    private final Map<String, Commune> communesByCode;

    private KonTumPlaces(List<District> districts) {
        this.districts = List.copyOf(districts);
        Map<String, Commune> byCode = new LinkedHashMap<>();
        districts.forEach(d -> d.communes().forEach(c -> byCode.put(c.code(), c)));
        this.communesByCode = byCode;
    }

    public static KonTumPlaces get() {
        return INSTANCE;
    }

    private static KonTumPlaces load(Gazetteer gazetteer) {
        List<District> districts = new ArrayList<>();
        for (AdminUnit district : gazetteer.districtsOf(PROVINCE)) {
            double[] figures = DISTRICT_FIGURES.get(district.code());
            if (figures == null) {
                throw new IllegalStateException("No population estimate for district " + district.code());
            }
            List<AdminUnit> units = gazetteer.communesOf(district.code());
            double weights = units.stream().mapToDouble(KonTumPlaces::weight).sum();
            List<Commune> communes = units.stream()
                    .map(c -> new Commune(c.code(), c.name(), district.code(),
                            Math.round(figures[0] * weight(c) / weights / 10) * 10, figures[1]))
                    .toList();
            districts.add(new District(district.code(), district.name(), (long) figures[0], figures[1], communes));
        }
        return new KonTumPlaces(districts);
    }

    private static double weight(AdminUnit commune) {
        return commune.type().equals("Xã") ? 1.0 : URBAN_WEIGHT;
    }

    public List<District> districts() {
        return districts;
    }

    public District district(String code) {
        return districts.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a Kon Tum district: " + code));
    }

    public Commune commune(String code) {
        Commune commune = communesByCode.get(code);
        if (commune == null) {
            throw new IllegalArgumentException("Not a Kon Tum commune: " + code);
        }
        return commune;
    }

    public List<Commune> communes() {
        return List.copyOf(communesByCode.values());
    }

    public long population() {
        return districts.stream().mapToLong(District::population).sum();
    }
}
