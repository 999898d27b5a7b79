package fr.clocher.directory.ui;

import java.util.List;

import com.vaadin.flow.component.icon.VaadinIcon;

import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.SubmissionsApi;
import fr.clocher.directory.ui.categories.CategoriesView;
import fr.clocher.directory.ui.entries.DirectoryCard;
import fr.clocher.directory.ui.entries.EntriesView;
import fr.clocher.directory.ui.moderation.ModerationView;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.ModuleMenuItem;
import fr.clocher.kernel.ui.ModuleUi;

/**
 * The directory's place in the workspace: its entries, the residents' proposals, the
 * categories, and its dashboard card.
 */
public class DirectoryModuleUi implements ModuleUi {

	private final EntriesApi entriesApi;

	private final SubmissionsApi submissionsApi;

	public DirectoryModuleUi(EntriesApi entriesApi, SubmissionsApi submissionsApi) {
		this.entriesApi = entriesApi;
		this.submissionsApi = submissionsApi;
	}

	@Override
	public String moduleKey() {
		return Directory.KEY;
	}

	@Override
	public List<ModuleMenuItem> menu() {
		return List.of(new ModuleMenuItem("directory.nav.entries", EntriesView.class, VaadinIcon.BOOK),
				new ModuleMenuItem("directory.nav.moderation", ModerationView.class, VaadinIcon.INBOX),
				new ModuleMenuItem("directory.nav.categories", CategoriesView.class, VaadinIcon.TAGS));
	}

	@Override
	public List<DashboardCard> dashboardCards() {
		return List.of(new DirectoryCard(this.entriesApi, this.submissionsApi));
	}

}
