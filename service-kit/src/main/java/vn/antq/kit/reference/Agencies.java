package vn.antq.kit.reference;

import java.util.List;
import java.util.Optional;

import vn.antq.contracts.common.KnownAgencies;

/**
 * The agencies that take part in the movement: the four of the article by default, more by
 * configuration ({@code antq.agencies}), never by code changes.
 */
public final class Agencies {

    private final List<KnownAgencies.Agency> all;

    public Agencies(List<KnownAgencies.Agency> all) {
        this.all = List.copyOf(all);
    }

    public List<KnownAgencies.Agency> all() {
        return all;
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    public Optional<KnownAgencies.Agency> find(String code) {
        return all.stream().filter(agency -> agency.code().equals(code)).findFirst();
    }
}
