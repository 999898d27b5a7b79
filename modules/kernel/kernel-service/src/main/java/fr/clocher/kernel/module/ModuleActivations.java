package fr.clocher.kernel.module;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.ModuleDescriptor;
import fr.clocher.kernel.api.SettingsValidation;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.audit.ChangeLog;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.FieldProblem;
import fr.clocher.kernel.tenancy.ReadOnlyMemo;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.kernel.tenancy.TenantRef;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Switches modules on and off for the current tenant and keeps their settings. The rows
 * live in a tenant table under row-level security; disabling keeps the settings (and the
 * module keeps its data), so re-enabling restores both.
 */
public class ModuleActivations {

	private static final TypeReference<Map<String, Object>> SETTINGS = new TypeReference<>() {
	};

	private static final LocalizedText SWITCHED_ON = LocalizedText.of("Module « %1$s » activé",
			"Module '%2$s' switched on");

	private static final LocalizedText SWITCHED_OFF = LocalizedText.of("Module « %1$s » désactivé",
			"Module '%2$s' switched off");

	private static final LocalizedText SETTINGS_CHANGED = LocalizedText.of("Réglages du module « %1$s » modifiés",
			"Settings of module '%2$s' changed");

	private final JdbcClient jdbc;

	private final ModuleCatalog catalog;

	private final TenantDirectory directory;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final ChangeLog changes;

	public ModuleActivations(JdbcClient jdbc, ModuleCatalog catalog, TenantDirectory directory, ObjectMapper json,
			ApplicationEventPublisher events, ChangeLog changes) {
		this.changes = changes;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.directory = directory;
		this.json = json;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<ModuleState> states() {
		UUID tenant = TenantContext.require();
		Map<String, Row> rows = this.jdbc
			.sql("select module_key, enabled, settings::text as settings from module_activation where tenant_id = ?")
			.param(tenant)
			.query((rs, i) -> new Row(rs.getString("module_key"), rs.getBoolean("enabled"), rs.getString("settings")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Row::key, (row) -> row));
		Optional<TenantKind> kind = this.directory.byId(tenant).map(TenantRef::kind);
		return this.catalog.descriptors()
			.stream()
			.map((module) -> state(module, rows.get(module.key()), kind))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean isEnabled(String key) {
		Optional<UUID> tenant = TenantContext.current();
		if (tenant.isEmpty()) {
			return false;
		}
		Optional<Boolean> stored = storedEnabled(tenant.get(), key);
		return stored.orElseGet(() -> this.catalog.find(key)
			.filter((module) -> module.descriptor().enabledByDefault())
			.map((module) -> byDefault(module.descriptor(), this.directory.byId(tenant.get()).map(TenantRef::kind)))
			.orElse(false));
	}

	/**
	 * Whether a module without an activation row is on: its default, for kinds it allows.
	 */
	private static boolean byDefault(ModuleDescriptor module, Optional<TenantKind> kind) {
		return module.enabledByDefault() && kind.map(module::allows).orElse(false);
	}

	/** Switches the module on; {@code settings} null keeps the settings it had. */
	@Transactional
	public ModuleState enable(String key, Map<String, Object> settings) {
		ModuleDescriptor module = module(key);
		TenantRef tenant = currentTenant();
		if (!module.allows(tenant.kind())) {
			throw ApiProblem.of(HttpStatus.UNPROCESSABLE_CONTENT, "module-not-for-kind", "moduleKey",
					LocalizedText
						.of("Le module « %s » n'est pas proposé à une %s.", "Module '%s' is not offered to a %s.")
						.formatted(module.name().fr(), tenant.kind().label().fr()));
		}
		Map<String, Object> values = validated(module,
				(settings != null) ? settings : storedSettings(tenant.id(), key).orElse(Map.of()));
		boolean wasEnabled = storedEnabled(tenant.id(), key)
			.orElseGet(() -> byDefault(module, Optional.of(tenant.kind())));
		write(tenant.id(), key, true, values);
		this.changes.record(ChangeLog.KERNEL,
				(wasEnabled ? SETTINGS_CHANGED : SWITCHED_ON).formatted(module.name().fr(), module.name().en()));
		this.events.publishEvent(new ModuleActivationChanged(tenant.id(), key, true));
		return new ModuleState(key, true, values);
	}

	@Transactional
	public ModuleState disable(String key) {
		ModuleDescriptor module = module(key);
		UUID tenant = TenantContext.require();
		Map<String, Object> values = validated(module, storedSettings(tenant, key).orElse(Map.of()));
		write(tenant, key, false, values);
		this.changes.record(ChangeLog.KERNEL, SWITCHED_OFF.formatted(module.name().fr(), module.name().en()));
		this.events.publishEvent(new ModuleActivationChanged(tenant, key, false));
		return new ModuleState(key, false, values);
	}

	private ModuleDescriptor module(String key) {
		return this.catalog.find(key)
			.map(ClocherModule::descriptor)
			.orElseThrow(() -> ApiProblem.notFound("unknown-module", "moduleKey",
					LocalizedText.of("Aucun module ne porte la clé « %s ».", "No module has the key '%s'.")
						.formatted(key)));
	}

	private TenantRef currentTenant() {
		UUID id = TenantContext.require();
		return this.directory.byId(id)
			.orElseThrow(() -> ApiProblem.notFound("unknown-tenant", "tenant",
					LocalizedText.of("Collectivité inconnue.", "Unknown local authority.")));
	}

	private static Map<String, Object> validated(ModuleDescriptor module, Map<String, Object> settings) {
		SettingsValidation validation = SettingsValidation.check(module, settings);
		if (!validation.valid()) {
			throw new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-settings",
					LocalizedText
						.of("Les réglages du module « %s » sont invalides.", "The settings of module '%s' are invalid.")
						.formatted(module.name().fr()),
					validation.violations()
						.stream()
						.map((v) -> new FieldProblem("settings." + v.setting(), v.reason()))
						.toList());
		}
		return validation.values();
	}

	private Optional<Boolean> storedEnabled(UUID tenant, String key) {
		return ReadOnlyMemo.remember(this, List.of(tenant, key),
				() -> this.jdbc.sql("select enabled from module_activation where tenant_id = ? and module_key = ?")
					.params(tenant, key)
					.query(Boolean.class)
					.optional());
	}

	private Optional<Map<String, Object>> storedSettings(UUID tenant, String key) {
		return this.jdbc.sql("select settings::text from module_activation where tenant_id = ? and module_key = ?")
			.params(tenant, key)
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, SETTINGS));
	}

	private void write(UUID tenant, String key, boolean enabled, Map<String, Object> settings) {
		this.jdbc.sql("""
				insert into module_activation (tenant_id, module_key, enabled, settings, updated_at)
				values (?, ?, ?, ?::jsonb, ?)
				on conflict (tenant_id, module_key)
				do update set enabled = excluded.enabled, settings = excluded.settings, updated_at = excluded.updated_at
				""")
			.params(tenant, key, enabled, this.json.writeValueAsString(settings), OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		this.jdbc
			.sql("update tenant set module_switches = module_switches || jsonb_build_object(?::text, ?) where id = ?")
			.params(key, enabled, tenant)
			.update();
	}

	private ModuleState state(ModuleDescriptor module, Row row, Optional<TenantKind> kind) {
		Map<String, Object> stored = (row != null) ? this.json.readValue(row.settings(), SETTINGS) : Map.of();
		SettingsValidation validation = SettingsValidation.check(module, stored);
		boolean enabled = (row != null) ? row.enabled() : byDefault(module, kind);
		return new ModuleState(module.key(), enabled, validation.valid() ? validation.values() : stored);
	}

	private record Row(String key, boolean enabled, String settings) {
	}

}
