package fr.clocher.wastebilling.service.lifts;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.FieldProblem;
import fr.clocher.wastebilling.service.jobs.JobLineError;

/**
 * A refused line of a lift file: which line, which column, why.
 *
 * @param line the line (1 is the header)
 * @param column the column as the file names it, null for the whole line
 * @param reason why, in both languages
 */
record LineError(long line, String column, LocalizedText reason) {

	/** As a problem's field: {@code ligne 12, poids}. */
	FieldProblem problem() {
		String field = "ligne " + this.line + ((this.column != null) ? ", " + this.column : "");
		String where = (this.column != null) ? "Ligne %d, colonne « %s » : ".formatted(this.line, this.column)
				: "Ligne %d : ".formatted(this.line);
		String whereEn = (this.column != null) ? "Line %d, column '%s': ".formatted(this.line, this.column)
				: "Line %d: ".formatted(this.line);
		return new FieldProblem(field, LocalizedText.of(where + this.reason.fr(), whereEn + this.reason.en()));
	}

	/** As a job's error: the line, the column and the reason apart. */
	JobLineError jobError() {
		return new JobLineError(this.line, this.column, this.reason);
	}

}
