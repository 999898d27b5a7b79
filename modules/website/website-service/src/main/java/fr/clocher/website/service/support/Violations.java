package fr.clocher.website.service.support;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.FieldProblem;

import org.springframework.http.HttpStatus;

/**
 * Collects every refused field of a request, so the secretary learns them all at once;
 * {@link #throwIfAny()} refuses the request before anything is written.
 */
public final class Violations {

	private final List<FieldProblem> problems = new ArrayList<>();

	public Violations add(String field, String fr, String en) {
		this.problems.add(new FieldProblem(field, LocalizedText.of(fr, en)));
		return this;
	}

	public Violations add(String field, LocalizedText reason) {
		this.problems.add(new FieldProblem(field, reason));
		return this;
	}

	/** Refuses a blank value. */
	public boolean required(String field, String value) {
		if (value == null || value.isBlank()) {
			add(field, "Ce champ est obligatoire.", "This field is required.");
			return false;
		}
		return true;
	}

	/** Refuses a value longer than {@code max} characters. */
	public boolean maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, LocalizedText.of("%d caractères au plus (%d saisis).", "At most %d characters (%d given).")
				.formatted(max, value.length()));
			return false;
		}
		return true;
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

}
