package fr.clocher.wastebilling.service.jobs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiConsumer;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.WasteJob;

/**
 * Background jobs of one kind whose result is a file, kept for a while and downloaded as
 * often as needed (the run's PDF, the PES file): where the file goes, the job's progress,
 * and the file once it is done.
 */
public final class FileJobs {

	private final Jobs jobs;

	private final JobFiles files;

	private final String kind;

	public FileJobs(Jobs jobs, JobFiles files, String kind) {
		this.jobs = jobs;
		this.files = files;
		this.kind = kind;
	}

	/**
	 * Starts a job that writes the file under the name it is downloaded as.
	 * @param total the job's total, as its progress counts
	 * @param fileName the file's name
	 * @param write writes the file, telling its progress
	 * @return the job
	 */
	public WasteJob start(long total, String fileName, BiConsumer<Path, JobProgress> write) {
		UUID tenant = TenantContext.require();
		this.files.clearOld(tenant);
		UUID result = UUID.randomUUID();
		Path file = this.files.file(tenant, result, fileName);
		return this.jobs.start(this.kind, total, (progress) -> {
			write.accept(file, progress);
			return result;
		}, () -> {
		});
	}

	/** A job of the current tenant. */
	public WasteJob job(UUID id, Locale locale) {
		return this.jobs.find(this.kind, id, locale);
	}

	/**
	 * The file of a job that is done, or a refusal: {@code notReadyCode} (409) before or
	 * when it failed, {@code goneCode} (410) once cleared away.
	 */
	public Path file(UUID id, String notReadyCode, LocalizedText notReady, String goneCode, LocalizedText gone) {
		UUID result = this.jobs.result(this.kind, id, notReadyCode, notReady);
		return this.files.kept(TenantContext.require(), result, goneCode, gone);
	}

}
