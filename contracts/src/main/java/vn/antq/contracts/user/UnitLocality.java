package vn.antq.contracts.user;

import java.util.regex.Pattern;

import vn.antq.contracts.common.Invariants;

/**
 * The administrative unit (địa bàn) a person works for: one official unit code (province 2 digits, district 3,
 * commune 5) of one structure.
 */
public record UnitLocality(String code, UnitStructure structure) {

    private static final Pattern CODE = Pattern.compile("[0-9]{2}|[0-9]{3}|[0-9]{5}");

    public UnitLocality {
        Invariants.requireText(code, "locality.code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("locality.code must have 2, 3 or 5 digits but was '" + code + "'");
        }
        Invariants.require(structure, "locality.structure");
    }
}
