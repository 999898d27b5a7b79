package fr.clocher.kernel.problem;

import fr.clocher.kernel.api.LocalizedText;

import org.springframework.validation.FieldError;

/**
 * Bean Validation failures in both languages, for the constraints the API uses.
 */
final class ValidationMessages {

	private ValidationMessages() {
	}

	static LocalizedText reason(FieldError error) {
		String code = (error.getCode() != null) ? error.getCode() : "";
		return switch (code) {
			case "NotNull", "NotBlank", "NotEmpty" ->
				LocalizedText.of("Ce champ est obligatoire.", "This field is required.");
			case "Size" -> LocalizedText.of("Longueur invalide.", "Invalid length.");
			case "Pattern" -> LocalizedText.of("Format invalide.", "Invalid format.");
			case "Email" -> LocalizedText.of("Adresse e-mail invalide.", "Invalid e-mail address.");
			case "Min", "Max", "Positive", "PositiveOrZero" ->
				LocalizedText.of("Valeur hors des limites permises.", "Value out of the allowed range.");
			default -> LocalizedText.of("Valeur invalide.", "Invalid value.");
		};
	}

}
