package fr.clocher.portal.workspace;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import com.vaadin.flow.spring.security.AuthenticationContext;

import fr.clocher.kernel.api.workspace.ModuleStatus;
import fr.clocher.kernel.api.workspace.ModuleSwitch;
import fr.clocher.kernel.api.workspace.TenantProfile;
import fr.clocher.kernel.api.workspace.WorkspaceApi;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.PortalUser;

import org.springframework.stereotype.Component;

/**
 * One person's workspace for the length of her session: the communes she serves, the one
 * she is working on, and which modules it has on. Whoever shows modules listens here, so
 * a module switched on shows its screens at once, without a reload.
 */
@Component
@VaadinSessionScope
public class WorkspaceSession implements Serializable {

	private static final long serialVersionUID = 1L;

	private final transient WorkspaceApi api;

	private final List<String> slugs;

	private final Map<String, TenantProfile> profiles = new LinkedHashMap<>();

	private List<ModuleStatus> modules;

	private final List<Runnable> listeners = new ArrayList<>();

	public WorkspaceSession(WorkspaceApi api, AuthenticationContext authentication) {
		this.api = api;
		this.slugs = authentication.getAuthenticatedUser(PortalUser.class).map(PortalUser::communes).orElse(List.of());
	}

	/**
	 * The communes the person serves, by name; their profiles are read once a session.
	 */
	public List<WorkspaceCommune> communes() {
		for (String slug : this.slugs) {
			this.profiles.computeIfAbsent(slug, this.api::profile);
		}
		return this.profiles.values().stream().map(WorkspaceSession::commune).toList();
	}

	/** Who the selected commune is, as tenant-service describes it. */
	public Optional<TenantProfile> profile() {
		return selected().map((commune) -> this.profiles.computeIfAbsent(commune.slug(), this.api::profile));
	}

	/** The commune being worked on: the one chosen, else the first she serves. */
	public Optional<WorkspaceCommune> selected() {
		Optional<WorkspaceCommune> chosen = WorkspaceCommune.current();
		if (chosen.isPresent()) {
			return chosen;
		}
		Optional<WorkspaceCommune> first = communes().stream().findFirst();
		first.ifPresent((commune) -> WorkspaceCommune.select(VaadinSession.getCurrent(), commune));
		return first;
	}

	/** Works on another of her communes from now on. */
	public void select(WorkspaceCommune commune) {
		WorkspaceCommune.select(VaadinSession.getCurrent(), commune);
		this.modules = null;
		changed();
	}

	/** The modules offered to the selected commune, with their state and settings. */
	public List<ModuleStatus> modules() {
		if (this.modules == null) {
			this.modules = selected().map((commune) -> this.api.modules(commune.slug())).orElse(List.of());
		}
		return this.modules;
	}

	public boolean isEnabled(String moduleKey) {
		return modules().stream().anyMatch((status) -> status.enabled() && status.module().key().equals(moduleKey));
	}

	/** Switches a module of the selected commune on or off, then tells every listener. */
	public ModuleStatus switchModule(String moduleKey, ModuleSwitch change) {
		WorkspaceCommune commune = selected().orElseThrow();
		ModuleStatus status = this.api.switchModule(commune.slug(), moduleKey, change);
		this.modules = null;
		changed();
		return status;
	}

	/**
	 * Called whenever the commune or its modules change; removed with the registration.
	 */
	public Registration onChange(Runnable listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

	private void changed() {
		List.copyOf(this.listeners).forEach(Runnable::run);
	}

	private static WorkspaceCommune commune(TenantProfile profile) {
		return new WorkspaceCommune(profile.slug(), profile.name(), profile.kind(), profile.siteUrl());
	}

}
