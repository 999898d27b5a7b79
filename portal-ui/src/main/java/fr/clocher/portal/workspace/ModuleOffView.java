package fr.clocher.portal.workspace;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.WorkspaceCommune;

/**
 * Shown instead of a module's screen when the commune does not have that module on (or no
 * commune is selected): why, and where to switch it on.
 */
@Route("module-off/:key")
@PermitAll
public class ModuleOffView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final WorkspaceSession workspace;

	public ModuleOffView(WorkspaceSession workspace) {
		this.workspace = workspace;
		setId("module-off");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		String key = event.getRouteParameters().get("key").orElse("");
		String name = this.workspace.modules()
			.stream()
			.filter((status) -> status.module().key().equals(key))
			.findFirst()
			.map((status) -> status.module().name().in(WorkspaceCommune.locale()))
			.orElse(key);
		add(new H1(getTranslation("module-off.heading", name)), new Paragraph(getTranslation("module-off.text", name)),
				new RouterLink(getTranslation("dashboard.catalog"), ModuleCatalogView.class));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("module-off.title");
	}

}
