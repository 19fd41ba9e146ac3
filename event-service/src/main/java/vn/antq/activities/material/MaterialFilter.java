package vn.antq.activities.material;

import vn.antq.contracts.material.MaterialKind;
import vn.antq.contracts.material.MaterialLanguage;

/**
 * What a list of materials is narrowed to; null means "any".
 *
 * @param localityCode the issuing unit lies within it
 * @param current      true: current materials only; false: withdrawn ones only
 */
public record MaterialFilter(MaterialKind kind, MaterialLanguage language, String agency, String localityCode,
                             Boolean current) {
}
