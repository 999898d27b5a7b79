package fr.clocher.announcements.service.content;

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

	/** Cleans a plain text field, refusing it when blank and required, or too long. */
	public String text(String field, String value, int max, boolean required) {
		String clean = PlainText.clean(value);
		if (clean == null && required) {
			add(field, "Ce champ est obligatoire.", "This field is required.");
		}
		else if (clean != null && clean.length() > max) {
			this.problems.add(new FieldProblem(field,
					LocalizedText.of("%d caractères au plus (%d saisis).", "At most %d characters (%d given).")
						.formatted(max, clean.length())));
		}
		return clean;
	}

	/** Refuses a missing value. */
	public <T> T required(String field, T value) {
		if (value == null) {
			add(field, "Ce champ est obligatoire.", "This field is required.");
		}
		return value;
	}

	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request",
					LocalizedText.of("La demande contient des champs invalides ; rien n'a été enregistré.",
							"The request has invalid fields; nothing was saved."),
					List.copyOf(this.problems));
		}
	}

}
