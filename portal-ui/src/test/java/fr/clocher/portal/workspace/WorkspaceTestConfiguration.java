package fr.clocher.portal.workspace;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleMenuItem;
import fr.clocher.kernel.ui.ModuleUi;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The workspace views against the in-memory API, with the test module "notes"
 * contributing a menu entry and a dashboard card the way a real module does.
 */
@TestConfiguration(proxyBeanMethods = false)
class WorkspaceTestConfiguration {

	@Bean
	@Primary
	InMemoryWorkspaceApi inMemoryWorkspaceApi() {
		return new InMemoryWorkspaceApi();
	}

	@Bean
	ModuleUi notesUi() {
		return new ModuleUi() {
			@Override
			public String moduleKey() {
				return "notes";
			}

			@Override
			public List<ModuleMenuItem> menu() {
				return List.of(new ModuleMenuItem("notes.menu", NotesTestView.class, VaadinIcon.NOTEBOOK));
			}

			@Override
			public List<DashboardCard> dashboardCards() {
				return List.of((commune) -> Optional.of(new Span("3 notes à relire à " + commune.name())));
			}
		};
	}

}
