package fr.clocher.wastebilling.service.jobs;

import java.util.List;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.FieldProblem;

import org.springframework.http.HttpStatus;

/**
 * A refusal that names its errors apart (line, field, reason): a request answers it as
 * any problem; a job keeps every part of each error, for the report to download.
 */
public class JobRefusal extends ApiProblem {

	private final transient List<JobLineError> errors;

	private final long errorCount;

	public JobRefusal(HttpStatus status, String code, LocalizedText title, List<FieldProblem> fields,
			List<JobLineError> errors, long errorCount) {
		super(status, code, title, fields);
		this.errors = List.copyOf(errors);
		this.errorCount = errorCount;
	}

	public List<JobLineError> errors() {
		return this.errors;
	}

	public long errorCount() {
		return this.errorCount;
	}

}
