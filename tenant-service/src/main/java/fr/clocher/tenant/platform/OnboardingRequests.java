package fr.clocher.tenant.platform;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the operator sends to put local authorities on the platform.
 */
final class OnboardingRequests {

	private OnboardingRequests() {
	}

	/**
	 * A commune from its INSEE code ({@code 31506}, {@code 2A004}); the slug and the
	 * secretary's e-mail are optional.
	 */
	record NewCommune(@NotBlank @Pattern(regexp = "\\d[\\dAB]\\d{3}") String inseeCode, String slug,
			@Email String secretaryEmail) {
	}

	/** An intercommunality and all its member communes, from its SIREN. */
	record NewIntercommunality(@NotBlank @Pattern(regexp = "\\d{9}") String siren, @Email String secretaryEmail) {
	}

	/** A syndicate created by hand, with its member communes. */
	record NewSyndicate(@NotBlank @Pattern(regexp = "\\d{9}") String siren, @NotBlank @Size(max = 200) String name,
			String slug, @NotEmpty List<@NotBlank String> memberInseeCodes) {
	}

	/** A domain the commune owns. */
	record NewHost(@NotBlank String host) {
	}

	/** A person to make a secretary of the tenant. */
	record NewSecretary(@NotBlank @Email String email) {
	}

}
