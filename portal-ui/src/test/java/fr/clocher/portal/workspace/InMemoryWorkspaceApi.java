package fr.clocher.portal.workspace;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.SettingDescriptor;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.api.workspace.ModuleStatus;
import fr.clocher.kernel.api.workspace.ModuleSwitch;
import fr.clocher.kernel.api.workspace.TenantProfile;
import fr.clocher.kernel.api.workspace.WorkspaceApi;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * tenant-service's workspace API as the views see it, in memory: two communes, the test
 * module "notes" (off) and the switches made, refusing a maximum above 100 the way
 * tenant-service does (a problem detail naming the field).
 */
class InMemoryWorkspaceApi implements WorkspaceApi {

	static final ModuleDescriptor NOTES = new ModuleDescriptor("notes", LocalizedText.of("Notes", "Notes"),
			LocalizedText.of("Un panneau de notes.", "A notice board."),
			List.of(SettingDescriptor.integer("maxNotes", LocalizedText.of("Nombre maximal", "Maximum"), 20, 1, 1000)),
			List.of(), java.util.Set.of(TenantKind.COMMUNE));

	final Map<String, TenantProfile> profiles = new LinkedHashMap<>();

	final Map<String, Boolean> notesOn = new LinkedHashMap<>();

	final List<String> calls = new ArrayList<>();

	final List<ChangeEntry> changes = new ArrayList<>();

	boolean unreachable;

	InMemoryWorkspaceApi() {
		commune("saint-martin", "Saint-Martin");
		commune("villeneuve", "Villeneuve");
		this.changes.add(new ChangeEntry(Instant.parse("2026-11-20T09:30:00Z"), "Martine Dupont", "kernel",
				LocalizedText.of("Module « Site internet » activé", "Module 'Website' switched on")));
	}

	private void commune(String slug, String name) {
		this.profiles.put(slug, new TenantProfile(UUID.randomUUID(), slug, name, TenantKind.COMMUNE, "31001", "31", 812,
				true, "http://" + slug + ".clocher.localhost:8080/"));
		this.notesOn.put(slug, false);
	}

	@Override
	public TenantProfile profile(String tenant) {
		reachable();
		return this.profiles.get(tenant);
	}

	@Override
	public List<ModuleStatus> modules(String tenant) {
		reachable();
		return List.of(new ModuleStatus(NOTES, this.notesOn.get(tenant), Map.of("maxNotes", 20)));
	}

	@Override
	public ModuleStatus switchModule(String tenant, String key, ModuleSwitch change) {
		reachable();
		this.calls.add(tenant + " " + key + " " + change.enabled() + " " + change.settings());
		Object max = (change.settings() != null) ? change.settings().get("maxNotes") : null;
		if (max instanceof Number number && number.intValue() > 100) {
			String problem = "{\"detail\":\"Au plus 100 notes.\",\"errors\":[{\"field\":\"settings.maxNotes\","
					+ "\"reason\":\"Au plus 100 notes.\"}]}";
			throw HttpClientErrorException.create(HttpStatus.BAD_REQUEST, "Bad Request", new HttpHeaders(),
					problem.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		this.notesOn.put(tenant, change.enabled());
		return new ModuleStatus(NOTES, change.enabled(), Map.of("maxNotes", 20));
	}

	@Override
	public List<ChangeEntry> changes(String tenant, int limit) {
		reachable();
		return this.changes;
	}

	private void reachable() {
		if (this.unreachable) {
			throw new ResourceAccessException("Connection refused");
		}
	}

}
