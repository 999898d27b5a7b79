package fr.clocher.wastebilling.service.treasury;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.wastebilling.api.WasteJob;
import fr.clocher.wastebilling.service.jobs.FileJobs;
import fr.clocher.wastebilling.service.jobs.JobFiles;
import fr.clocher.wastebilling.service.jobs.Jobs;

/**
 * The PES file of an issued run made as a background job: everything that would make a
 * wrong file is refused at once (before the job starts), then the job writes the file and
 * reads it back through the schema, telling each article written and then read back; a
 * file that validates is kept beside the run's PDFs for {@code keep-hours}, under its own
 * name, to be downloaded as many times as needed.
 */
class PesJobs {

	/** The jobs' kind. */
	static final String KIND = "PES_EXPORT";

	private final FileJobs jobs;

	private final PesExport export;

	PesJobs(Jobs jobs, PesExport export, JobFiles files) {
		this.jobs = new FileJobs(jobs, files, KIND);
		this.export = export;
	}

	/**
	 * Starts making the file (checked at once); the job, its total twice the articles.
	 */
	WasteJob start(UUID run, Integer roll) {
		PesExport.Plan plan = this.export.prepare(run, roll);
		return this.jobs.start(2 * plan.articles(), plan.fileName(),
				(file, progress) -> this.export.write(plan, file, progress));
	}

	/** An export job of the current tenant. */
	WasteJob job(UUID id, Locale locale) {
		return this.jobs.job(id, locale);
	}

	/**
	 * The file of an export job that is done: {@code pes-not-ready} (409) before or when
	 * it failed, {@code pes-gone} (410) once cleared away.
	 */
	Path file(UUID id) {
		return this.jobs.file(id, "pes-not-ready",
				LocalizedText.of("Le fichier PES n'est pas prêt (la tâche est en cours ou a échoué).",
						"The PES file is not ready (its job is running or failed)."),
				"pes-gone", LocalizedText.of("Ce fichier PES n'est plus conservé : produisez-le à nouveau.",
						"This PES file is no longer kept: produce it again."));
	}

}
