package vn.antq.kit.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who answers for a service's API, in its OpenAPI document.
 *
 * @param contact {@code antq.openapi.contact.name}, {@code .email}, {@code .url}
 * @param license {@code antq.openapi.license.name}, {@code .url}
 */
@ConfigurationProperties("antq.openapi")
public record KitOpenApiProperties(@DefaultValue Contact contact, @DefaultValue License license) {

    public record Contact(@DefaultValue("ANTQ platform team") String name, @DefaultValue("") String email,
            @DefaultValue("") String url) {
    }

    public record License(@DefaultValue("Proprietary") String name, @DefaultValue("") String url) {
    }
}
