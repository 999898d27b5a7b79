package fr.clocher.wastebilling.service.treasury;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.WasteJob;
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

	private final Jobs jobs;

	private final PesExport export;

	private final JobFiles files;

	PesJobs(Jobs jobs, PesExport export, JobFiles files) {
		this.jobs = jobs;
		this.export = export;
		this.files = files;
	}

	/**
	 * Starts making the file (checked at once); the job, its total twice the articles.
	 */
	WasteJob start(UUID run, Integer roll) {
		PesExport.Plan plan = this.export.prepare(run, roll);
		UUID tenant = TenantContext.require();
		this.files.clearOld(tenant);
		UUID result = UUID.randomUUID();
		Path file = this.files.file(tenant, result, plan.fileName());
		return this.jobs.start(KIND, 2 * plan.articles(), (progress) -> {
			this.export.write(plan, file, progress);
			return result;
		}, () -> {
		});
	}

	/** An export job of the current tenant. */
	WasteJob job(UUID id, Locale locale) {
		return this.jobs.find(KIND, id, locale);
	}

	/**
	 * The file of an export job that is done: {@code pes-not-ready} (409) before or when
	 * it failed, {@code pes-gone} (410) once cleared away.
	 */
	Path file(UUID id) {
		UUID result = this.jobs.result(KIND, id, "pes-not-ready",
				LocalizedText.of("Le fichier PES n'est pas prêt (la tâche est en cours ou a échoué).",
						"The PES file is not ready (its job is running or failed)."));
		return this.files.kept(TenantContext.require(), result, "pes-gone",
				LocalizedText.of("Ce fichier PES n'est plus conservé : produisez-le à nouveau.",
						"This PES file is no longer kept: produce it again."));
	}

}
