package vn.antq.contracts.outcome;

import static vn.antq.contracts.common.Invariants.require;
import static vn.antq.contracts.common.Invariants.requireCount;
import static vn.antq.contracts.common.Invariants.requireEventFields;
import static vn.antq.contracts.common.Invariants.requireText;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import vn.antq.contracts.EventBody;
import vn.antq.contracts.common.Locality;

/**
 * Kết quả bảo đảm an ninh, trật tự: what the police of a commune counted in one month, the outcome all outreach is for.
 * One record per commune and month ({@link #idOf}); a revision re-sends every figure with the next version. Recorded by
 * the police only.
 *
 * @param locality              the commune, in the structure in force in the month (a 2025 commune has no district)
 * @param month                 "YYYY-MM"
 * @param drugCrimes            crime cases of {@link CrimeGroup#DRUG}; likewise the other three groups
 * @param socialEvils           social-evil cases (tệ nạn xã hội: gambling, prostitution, drug use ...)
 * @param crimeReports          reports of crime by residents (tố giác tội phạm)
 * @param offendersReintegrated people who offended helped to reintegrate (giúp đỡ người lầm lỗi)
 * @param disputesMediated      disputes mediated at the grassroots (hòa giải ở cơ sở)
 * @param securityIncidents     security and order incidents (vụ việc về an ninh, trật tự)
 */
public record OutcomeEvent(
        String id,
        long version,
        String actor,
        Instant occurredAt,
        Locality locality,
        String month,
        long drugCrimes,
        long propertyCrimes,
        long violentCrimes,
        long otherCrimes,
        long socialEvils,
        long crimeReports,
        long offendersReintegrated,
        long disputesMediated,
        long securityIncidents) implements EventBody {

    /** A month of a year from 2000 to 2099. */
    public static final Pattern MONTH = Pattern.compile("20[0-9]{2}-(0[1-9]|1[0-2])");

    public OutcomeEvent {
        requireEventFields(id, version, actor, occurredAt);
        require(locality, "locality");
        requireText(locality.commune(), "locality.commune");
        if (month == null || !MONTH.matcher(month).matches()) {
            throw new IllegalArgumentException("month must look like 2024-05 (2000-2099) but was '" + month + "'");
        }
        requireCount(drugCrimes, "drugCrimes");
        requireCount(propertyCrimes, "propertyCrimes");
        requireCount(violentCrimes, "violentCrimes");
        requireCount(otherCrimes, "otherCrimes");
        requireCount(socialEvils, "socialEvils");
        requireCount(crimeReports, "crimeReports");
        requireCount(offendersReintegrated, "offendersReintegrated");
        requireCount(disputesMediated, "disputesMediated");
        requireCount(securityIncidents, "securityIncidents");
    }

    /** The conventional id: one record per commune and month. */
    public static String idOf(String commune, String month) {
        return commune + ":" + month;
    }

    /** Crime cases of every group. */
    public long crimes() {
        return drugCrimes + propertyCrimes + violentCrimes + otherCrimes;
    }

    /** The count of each crime group, in the groups' order. */
    public Map<CrimeGroup, Long> crimesByGroup() {
        Map<CrimeGroup, Long> byGroup = new LinkedHashMap<>();
        byGroup.put(CrimeGroup.DRUG, drugCrimes);
        byGroup.put(CrimeGroup.PROPERTY, propertyCrimes);
        byGroup.put(CrimeGroup.VIOLENT, violentCrimes);
        byGroup.put(CrimeGroup.OTHER, otherCrimes);
        return byGroup;
    }
}
