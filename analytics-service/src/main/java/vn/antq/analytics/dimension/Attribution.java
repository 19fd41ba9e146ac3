package vn.antq.analytics.dimension;

import java.util.List;

import vn.antq.gazetteer.AdminUnit;

/**
 * Where a recorded place's figures go in the 2025 structure: the 2025 place (no district; the commune null when they
 * go to the province only), and, when the recorded commune was split among several new ones, which split it was.
 *
 * @param split null unless the figures went to the default successor of a split commune
 */
public record Attribution(Place place, Split split) {

    /**
     * An old commune (xã bị chia tách) divided among several 2025 communes: its figures all go to {@code successor},
     * the default successor of the official mapping; {@code otherSuccessors} took parts of it too.
     */
    public record Split(String oldCode, String oldName, AdminUnit successor, List<AdminUnit> otherSuccessors) {

        public Split {
            otherSuccessors = List.copyOf(otherSuccessors);
        }
    }
}
