package fr.clocher.wastebilling.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.clocher.wastebilling.api.TreasuryApi;
import fr.clocher.wastebilling.api.TreasurySettings;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** The treasury settings and a PES file, in memory. */
public class InMemoryTreasuryApi implements TreasuryApi {

	public static final String FILE = "<n:PES_Aller xmlns:n=\"http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/aller\"/>";

	public TreasurySettings settings = TreasurySettings.empty();

	public final List<TreasurySettings> saved = new ArrayList<>();

	/** The rolls asked for, one per download. */
	public final List<Integer> downloads = new ArrayList<>();

	public RuntimeException failure;

	public void reset() {
		this.settings = TreasurySettings.empty();
		this.saved.clear();
		this.downloads.clear();
		this.failure = null;
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
	public ResponseEntity<InputStreamResource> pesFile(String tenant, UUID id, Integer roll) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.downloads.add(roll);
		byte[] body = FILE.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"PES_ORMC_24310063300011_2026-S1.xml\"")
			.contentLength(body.length)
			.body(new InputStreamResource(new ByteArrayInputStream(body)));
	}

}
