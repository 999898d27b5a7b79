package fr.clocher.kernel.api.platform;

import jakarta.validation.constraints.NotBlank;

/**
 * A domain the tenant owns, to serve its site.
 *
 * @param host the domain name
 */
public record NewHost(@NotBlank String host) {

}
