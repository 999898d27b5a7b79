package fr.clocher.kernel.api.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A commune to create from its INSEE code ({@code 31506}, {@code 2A004}); the slug and
 * the secretary's e-mail are optional.
 *
 * @param inseeCode the INSEE code
 * @param slug a slug instead of the derived one, or null
 * @param secretaryEmail the person to make its secretary, or null
 */
public record NewCommune(@NotBlank @Pattern(regexp = "\\d[\\dAB]\\d{3}") String inseeCode, String slug,
		@Email String secretaryEmail) {

}
