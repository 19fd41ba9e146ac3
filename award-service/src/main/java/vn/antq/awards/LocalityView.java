package vn.antq.awards;

import vn.antq.contracts.common.Locality;
import vn.antq.gazetteer.AdminPath;

/** A locality as the API shows it: the codes, and the Vietnamese names when the gazetteer knows them. */
public record LocalityView(String province, String district, String commune, String name) {

    public static LocalityView of(Locality locality, AdminPath place) {
        return new LocalityView(locality.province(), locality.district(), locality.commune(),
                place == null ? null : place.displayName());
    }
}
