package fr.clocher.kernel.api.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * An intercommunality to onboard with all its member communes, from its SIREN.
 *
 * @param siren the SIREN
 * @param secretaryEmail the person to make its secretary, or null
 */
public record NewIntercommunality(@NotBlank @Pattern(regexp = "\\d{9}") String siren, @Email String secretaryEmail) {

}
