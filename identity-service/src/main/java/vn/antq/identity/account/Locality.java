package vn.antq.identity.account;

import java.util.Objects;

import vn.antq.gazetteer.Structure;

/**
 * The administrative unit (địa bàn) a person works for, a unit code of one of the two structures; a person
 * without one works province-wide.
 */
public record Locality(String code, Structure structure) {

    public Locality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(structure, "structure");
    }
}
