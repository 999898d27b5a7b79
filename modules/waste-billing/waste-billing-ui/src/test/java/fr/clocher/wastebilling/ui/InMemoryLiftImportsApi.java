package fr.clocher.wastebilling.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.platform.PageOf;
import fr.clocher.wastebilling.api.LiftAnomaly;
import fr.clocher.wastebilling.api.LiftImport;
import fr.clocher.wastebilling.api.LiftImportsApi;
import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.core.io.InputStreamResource;

/**
 * The lift imports, in memory: a file is read as a stream, as tenant-service reads it,
 * and answered with the report or the refusal the test prepared.
 */
public class InMemoryLiftImportsApi implements LiftImportsApi {

	public final List<LiftImport> imports = new ArrayList<>();

	public final List<LiftAnomaly> anomalies = new ArrayList<>();

	public final Pages pages = new Pages();

	public final Pages historyPages = new Pages();

	/** The report the next import answers (its file name is the one sent). */
	public LiftImport report;

	public RuntimeException failure;

	/** Run once the API has read {@link #halfwayAt} bytes of the body. */
	public Runnable halfway;

	public long halfwayAt;

	public String fileName;

	public String encoding;

	public long bytesRead;

	/** The job the next import's polls answer, once {@link #runningPolls} are spent. */
	public WasteJob failedJob;

	/** How many polls answer the job still running, half done. */
	public int runningPolls;

	/** The import job started last. */
	public WasteJob job;

	public void reset() {
		this.imports.clear();
		this.anomalies.clear();
		this.pages.reset();
		this.historyPages.reset();
		this.report = null;
		this.failure = null;
		this.halfway = null;
		this.fileName = null;
		this.encoding = null;
		this.bytesRead = 0;
		this.failedJob = null;
		this.runningPolls = 0;
		this.job = null;
	}

	@Override
	public LiftImport importLifts(String tenant, String fileName, String encoding, InputStreamResource content) {
		this.fileName = fileName;
		this.encoding = encoding;
		this.bytesRead = 0;
		byte[] buffer = new byte[8192];
		try (InputStream in = content.getInputStream()) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				long before = this.bytesRead;
				this.bytesRead += n;
				if (this.halfway != null && before < this.halfwayAt && this.bytesRead >= this.halfwayAt) {
					this.halfway.run();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (this.failure != null) {
			throw this.failure;
		}
		LiftImport done = new LiftImport(this.report.id(), fileName, this.report.importedAt(), this.report.lines(),
				this.report.imported(), this.report.alreadyImported(), this.report.duplicatesInFile(),
				this.report.anomalies());
		this.imports.add(0, done);
		return done;
	}

	@Override
	public WasteJob startImport(String tenant, String fileName, String encoding, InputStreamResource content) {
		LiftImport done = (this.failedJob == null) ? importLifts(tenant, fileName, encoding, content) : null;
		if (done != null) {
			this.imports.remove(0);
		}
		UUID id = UUID.randomUUID();
		this.job = new WasteJob(id, JobState.DONE, 1_200, 1_200L, (done != null) ? done.id() : null, null, 0, List.of(),
				Instant.now(), Instant.now());
		this.pendingImport = done;
		return new WasteJob(id, JobState.RUNNING, 0, 1_200L, null, null, 0, List.of(), Instant.now(), null);
	}

	private LiftImport pendingImport;

	@Override
	public WasteJob importJob(String tenant, UUID id) {
		if (this.runningPolls > 0) {
			this.runningPolls--;
			return new WasteJob(id, JobState.RUNNING, 600, 1_200L, null, null, 0, List.of(), Instant.now(), null);
		}
		if (this.failedJob != null) {
			return this.failedJob;
		}
		if (this.pendingImport != null) {
			this.imports.add(0, this.pendingImport);
			this.pendingImport = null;
		}
		return this.job;
	}

	@Override
	public PageOf<LiftImport> imports(String tenant, int page, int size) {
		return this.historyPages.page(this.imports, null, page, size, 200);
	}

	@Override
	public LiftImport liftImport(String tenant, UUID id) {
		return this.imports.stream().filter((i) -> i.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	public PageOf<LiftAnomaly> anomalies(String tenant, UUID id, int page, int size) {
		return this.pages.page(this.anomalies, null, page, size, 1000);
	}

}
