package vn.antq.resilience.data;

import java.util.List;
import java.util.Random;

import vn.antq.gazetteer.AdminUnit;
import vn.antq.gazetteer.Gazetteer;
import vn.antq.gazetteer.Structure;

/**
 * The communes of one province in the 2019-2024 structure (the records of the suite are dated 2024). Each scenario
 * records in a province of its own, so that analytics' totals for that province are that scenario's alone.
 */
public final class Places {

    private final String province;
    private final List<AdminUnit> communes;

    public Places(String province) {
        this.province = province;
        this.communes = Gazetteer.official().communesOfProvince(province, Structure.Y2019);
        if (communes.isEmpty()) {
            throw new IllegalArgumentException("No 2019-2024 communes in province " + province);
        }
    }

    public String province() {
        return province;
    }

    public AdminUnit anyCommune(Random random) {
        return communes.get(random.nextInt(communes.size()));
    }

    public List<AdminUnit> communes() {
        return communes;
    }

    /** A district of the province other than {@code district}. */
    public String otherDistrictThan(String district) {
        return communes.stream().map(AdminUnit::districtCode).filter(d -> !d.equals(district)).findFirst().orElseThrow();
    }
}
