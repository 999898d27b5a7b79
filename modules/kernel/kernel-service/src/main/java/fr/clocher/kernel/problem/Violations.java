package fr.clocher.kernel.problem;

import java.util.ArrayList;
import java.util.List;

import fr.clocher.kernel.api.LocalizedText;

import org.springframework.http.HttpStatus;

/**
 * Collects every refused field of a request, so the secretary learns them all at once;
 * {@link #throwIfAny()} refuses the request ({@code invalid-request}, 400) before
 * anything is written. A module extends it with the checks its fields share.
 */
public class Violations {

	/** The reason of a field that must be given. */
	public static final LocalizedText REQUIRED = LocalizedText.of("Ce champ est obligatoire.",
			"This field is required.");

	private final List<FieldProblem> problems = new ArrayList<>();

	public Violations add(String field, String fr, String en) {
		return add(field, LocalizedText.of(fr, en));
	}

	public Violations add(String field, LocalizedText reason) {
		this.problems.add(new FieldProblem(field, reason));
		return this;
	}

	public boolean isEmpty() {
		return this.problems.isEmpty();
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
