package vn.antq.analytics.query;

import vn.antq.analytics.dimension.Place;

/**
 * A place as an answer shows it: the most specific code ({@code locality}) and each level's code and name, null
 * where the place has no such level.
 */
public record ShownPlace(String locality, String province, String provinceName, String district, String districtName,
        String commune, String communeName) {

    public static ShownPlace of(Place place) {
        return new ShownPlace(place.code(), place.province(), place.provinceName(), place.district(), place.districtName(),
                place.commune(), place.communeName());
    }
}
