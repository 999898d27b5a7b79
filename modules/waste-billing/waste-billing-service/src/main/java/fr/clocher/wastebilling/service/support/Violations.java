package fr.clocher.wastebilling.service.support;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.FieldProblem;

import org.springframework.http.HttpStatus;

/**
 * Every refused field of a request, so the secretary learns them all at once;
 * {@link #throwIfAny()} refuses the request before anything is written.
 */
public final class Violations {

	private final List<FieldProblem> problems = new ArrayList<>();

	public void add(String field, String fr, String en) {
		this.problems.add(new FieldProblem(field, LocalizedText.of(fr, en)));
	}

	/** Refuses a missing value; true when present. */
	public boolean present(String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			add(field, "Ce champ est obligatoire.", "This field is required.");
			return false;
		}
		return true;
	}

	/** Refuses a text longer than {@code max}. */
	public void maxLength(String field, String value, int max) {
		if (value != null && value.strip().length() > max) {
			this.problems.add(new FieldProblem(field,
					LocalizedText.of("%d caractères au plus.", "At most %d characters.").formatted(max)));
		}
	}

	/** Refuses a number out of {@code [min, max]}. */
	public void between(String field, Number value, long min, long max) {
		if (value != null && (value.longValue() < min || value.longValue() > max)) {
			this.problems.add(new FieldProblem(field,
					LocalizedText
						.of("Valeur attendue entre %d et %d (%d saisi).", "Expected between %d and %d (%d given).")
						.formatted(min, max, value.longValue())));
		}
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
	}

	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					LocalizedText.of("La demande contient des champs invalides ; rien n'a été enregistré.",
							"The request has invalid fields; nothing was saved."),
					this.problems);
		}
	}

	/** Strips a text; null when blank. */
	public static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
