package fr.clocher.wastebilling.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.JobState;
import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.WasteJob;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The treasury settings and a PES file's job, in memory. */
public class InMemoryTreasuryApi implements TreasuryApi {

	public static final String FILE = "<n:PES_Aller xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\"/>";

	public TreasurySettings settings = TreasurySettings.empty();

	public final List<TreasurySettings> saved = new ArrayList<>();

	/** The rolls asked for, one per export started. */
	public final List<Integer> downloads = new ArrayList<>();

	/** The jobs whose file was asked for. */
	public final List<UUID> files = new ArrayList<>();

	public RuntimeException failure;

	/** How many polls answer the job running before it ends. */
	public int runningPolls;

	/** When set, the job ends failed saying this. */
	public String jobFailure;

	public void reset() {
		this.settings = TreasurySettings.empty();
		this.saved.clear();
		this.downloads.clear();
		this.files.clear();
		this.failure = null;
		this.runningPolls = 0;
		this.jobFailure = null;
	}

	@Override
	public TreasurySettings treasurySettings(String tenant) {
		return this.settings;
	}

	@Override
	public TreasurySettings saveTreasurySettings(String tenant, TreasurySettings settings) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.saved.add(settings);
		this.settings = settings;
		return settings;
	}

	@Override
	public WasteJob startPesExport(String tenant, UUID id, Integer roll) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.downloads.add(roll);
		return new WasteJob(UUID.randomUUID(), JobState.RUNNING, 0, 6L, null, null, 0, List.of(), Instant.now(), null);
	}

	@Override
	public WasteJob pesJob(String tenant, UUID id) {
		if (this.runningPolls > 0) {
			this.runningPolls--;
			return new WasteJob(id, JobState.RUNNING, 3, 6L, null, null, 0, List.of(), Instant.now(), null);
		}
		if (this.jobFailure != null) {
			return new WasteJob(id, JobState.FAILED, 3, 6L, null, this.jobFailure, 0, List.of(), Instant.now(),
					Instant.now());
		}
		return new WasteJob(id, JobState.DONE, 6, 6L, UUID.randomUUID(), null, 0, List.of(), Instant.now(),
				Instant.now());
	}

	@Override
	public ResponseEntity<InputStreamResource> pesJobFile(String tenant, UUID id) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.files.add(id);
		return pesFile(tenant, id, null);
	}

	@Override
	public ResponseEntity<InputStreamResource> pesFile(String tenant, UUID id, Integer roll) {
		byte[] body = FILE.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"PES_ORMC_24310063300011_2026-S1.xml\"")
			.contentLength(body.length)
			.body(new InputStreamResource(new ByteArrayInputStream(body)));
	}

}
