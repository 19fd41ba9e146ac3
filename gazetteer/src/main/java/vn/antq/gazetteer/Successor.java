package vn.antq.gazetteer;

import java.util.Objects;

/**
 * A 2025 commune that took over (part of) a 2019-2024 commune.
 *
 * @param commune          the new commune
 * @param divided          the old commune was split among several new communes
 * @param defaultSuccessor this is the one new commune that takes the old commune's figures when a single
 *                         successor must be chosen
 */
public record Successor(AdminUnit commune, boolean divided, boolean defaultSuccessor) {

    public Successor {
        Objects.requireNonNull(commune, "commune");
    }
}
