package vn.antq.analytics.shortcomings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.antq.analytics.materials.MaterialsQuery;
import vn.antq.contracts.common.Label;
import vn.antq.contracts.material.MaterialLanguage;

/**
 * MATERIALS_GAP: communes whose outreach is weak and whose staff lack official materials (point 6 of the province's
 * review: "some grassroots outreach staff lack official materials"). Weak outreach: participations per 1,000 residents
 * in the period below the median of the province's communes (so only where the population is loaded). The gap: no
 * current official material received (HIGH), or none in a language a good share of its residents speak, as the
 * population reference data lists them (MEDIUM). What a commune holds is what it received up to now. A province
 * where no commune received any material is not judged: it does not record its materials yet. Pure.
 */
public final class MaterialsRule {

    /** The communes' participation figures, and their coverage by code (absent: received nothing). */
    public List<Finding> judge(List<LocalityFigures> localities, Map<String, MaterialsQuery.Coverage> coverage,
            Map<String, List<MaterialLanguage>> residentLanguages) {
        List<LocalityFigures> communes = localities.stream()
                .filter(l -> l.level().equals(LocalityFigures.COMMUNE) && l.perThousandResidents() != null).toList();
        Map<String, Benchmark> provinces = new HashMap<>();
        communes.stream().collect(Collectors.groupingBy(LocalityFigures::province)).forEach((province, peers) ->
                provinces.put(province, Benchmark.of(peers.stream().map(LocalityFigures::perThousandResidents).toList(),
                        0.5)));
        Set<String> recording = communes.stream().filter(c -> coverage.containsKey(c.code())
                && coverage.get(c.code()).distributions() > 0).map(LocalityFigures::province).collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        for (LocalityFigures commune : communes) {
            Benchmark province = provinces.get(commune.province());
            if (!recording.contains(commune.province()) || !(commune.perThousandResidents() < province.median())) {
                continue;
            }
            MaterialsQuery.Coverage held = coverage.get(commune.code());
            long current = held == null ? 0 : held.current().size();
            Set<MaterialLanguage> covered = held == null ? Set.of() : held.languages();
            List<MaterialLanguage> missing = residentLanguages.getOrDefault(commune.code(), List.of()).stream()
                    .filter(language -> !covered.contains(language)).toList();
            if (current == 0 || !missing.isEmpty()) {
                findings.add(finding(commune, province, held, current, missing));
            }
        }
        return findings;
    }

    private static Finding finding(LocalityFigures commune, Benchmark province, MaterialsQuery.Coverage held,
            long current, List<MaterialLanguage> missing) {
        String name = commune.name() == null ? commune.code() : commune.name();
        double rate = commune.perThousandResidents();
        Evidence evidence = new Evidence.MaterialsGap(current, held == null ? 0 : held.copies(), missing.size(),
                Wording.rounded(rate), Wording.rounded(province.median()));
        String outreachVi = "lượt tham gia tuyên truyền " + Wording.vi(rate) + " trên 1.000 dân, dưới mức giữa của các xã"
                + " trong tỉnh (" + Wording.vi(province.median()) + ")";
        String outreachEn = Wording.en(rate) + " participations per 1,000 residents, below the median of the province's"
                + " communes (" + Wording.en(province.median()) + ")";
        Label explanation = current == 0
                ? new Label(name + ": chưa nhận tài liệu tuyên truyền chính thống nào còn hiệu lực; " + outreachVi + ".",
                        name + ": no current official outreach material received; " + outreachEn + ".")
                : new Label(name + ": " + Wording.vi(current) + " tài liệu chính thống nhưng không có tài liệu bằng "
                        + languages(missing, true) + " mà người dân ở đây sử dụng; " + outreachVi + ".",
                        name + ": " + Wording.en(current, "official material", "official materials")
                                + " but none in " + languages(missing, false) + ", which its residents speak; "
                                + outreachEn + ".");
        Subject subject = new Subject.LocalityUnit("COMMUNE", commune.code(), commune.name(), commune.district(),
                commune.province(), commune.provinceName());
        return new Finding(ShortcomingKind.MATERIALS_GAP, current == 0 ? Severity.HIGH : Severity.MEDIUM, subject,
                evidence, explanation);
    }

    private static String languages(List<MaterialLanguage> languages, boolean vietnamese) {
        return languages.stream().map(language -> vietnamese ? language.label().vi() : language.label().en())
                .collect(Collectors.joining(", "));
    }
}
