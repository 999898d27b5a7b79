package fr.clocher.portal.workspace;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.WorkspaceCommune;
import fr.clocher.portal.signin.PortalRole;

/**
 * The changes made in the commune, newest first: who did what, and when.
 */
@Route("changes")
@Menu(title = "menu.changes", order = 20)
@RolesAllowed({ PortalRole.SECRETARY_NAME, PortalRole.PLATFORM_OPERATOR_NAME })
public class ChangesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, CommuneScreen {

	private static final int SHOWN = 100;

	private final WorkspaceSession workspace;

	private final RecentChanges changes;

	public ChangesView(WorkspaceSession workspace, RecentChanges changes) {
		this.workspace = workspace;
		this.changes = changes;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		add(new H1(getTranslation("changes.heading")), new Paragraph(getTranslation("changes.intro", SHOWN)));
		try {
			this.workspace.selected()
				.ifPresent((commune) -> add(
						this.changes.list(commune.slug(), SHOWN, WorkspaceCommune.locale(), this::getTranslation)));
		}
		catch (RuntimeException ex) {
			add(WorkspaceMessages.error(ApiError.of(ex, WorkspaceCommune.locale())));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("changes.title");
	}

}
