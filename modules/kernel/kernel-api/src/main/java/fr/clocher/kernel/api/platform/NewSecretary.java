package fr.clocher.kernel.api.platform;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * A person to make a secretary of the tenant (invited by e-mail if she has no account).
 *
 * @param email her e-mail address
 */
public record NewSecretary(@NotBlank @Email String email) {

}
