package fr.clocher.kernel.api.platform;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A syndicate created by hand, with its member communes.
 *
 * @param siren the SIREN
 * @param name the name
 * @param slug a slug instead of the derived one, or null
 * @param memberInseeCodes the members' INSEE codes
 */
public record NewSyndicate(@NotBlank @Pattern(regexp = "\\d{9}") String siren, @NotBlank @Size(max = 200) String name,
		String slug, @NotEmpty List<@NotBlank String> memberInseeCodes) {

}
