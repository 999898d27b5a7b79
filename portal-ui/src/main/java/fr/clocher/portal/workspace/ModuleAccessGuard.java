package fr.clocher.portal.workspace;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import fr.clocher.kernel.ui.ModuleView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Opens a module's screen only for a selected commune that has the module on; otherwise
 * sends to {@link ModuleOffView}, which says why. tenant-service refuses the module's API
 * for such a commune anyway: this keeps the person from a screen that cannot work.
 */
@Component
class ModuleAccessGuard implements VaadinServiceInitListener {

	private final ObjectProvider<WorkspaceSession> workspace;

	ModuleAccessGuard(ObjectProvider<WorkspaceSession> workspace) {
		this.workspace = workspace;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> init.getUI().addBeforeEnterListener(this::check));
	}

	void check(BeforeEnterEvent event) {
		ModuleView module = event.getNavigationTarget().getAnnotation(ModuleView.class);
		if (module == null) {
			return;
		}
		WorkspaceSession session = this.workspace.getObject();
		boolean open = session.selected().isPresent() && session.isEnabled(module.value());
		if (!open) {
			event.rerouteTo(ModuleOffView.class, new RouteParameters("key", module.value()));
		}
	}

}
