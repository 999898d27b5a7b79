package fr.clocher.directory.ui.entries;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.SubmissionStatus;
import fr.clocher.directory.api.SubmissionsApi;
import fr.clocher.directory.ui.moderation.ModerationView;
import fr.clocher.kernel.ui.ApiError;
import fr.clocher.kernel.ui.DashboardCard;
import fr.clocher.kernel.ui.WorkspaceCommune;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The dashboard card: how many residents' proposals wait for the secretary, how many
 * entries are on the site, how many drafts wait, how many are stale (unconfirmed for 18
 * months).
 */
public class DirectoryCard implements DashboardCard {

	private final EntriesApi entriesApi;

	private final SubmissionsApi submissionsApi;

	public DirectoryCard(EntriesApi entriesApi, SubmissionsApi submissionsApi) {
		this.entriesApi = entriesApi;
		this.submissionsApi = submissionsApi;
	}

	@Override
	public Optional<Component> render(WorkspaceCommune commune) {
		Div card = new Div(new H3(translate("directory.card.title")));
		card.setId("directory-card");
		try {
			List<Entry> entries = this.entriesApi.entries(commune.slug(), null, null, null);
			long published = entries.stream().filter((entry) -> entry.status() == EntryStatus.PUBLISHED).count();
			long stale = entries.stream().filter(Entry::stale).count();
			Paragraph counts = new Paragraph(
					translate("directory.card.counts", published, entries.size() - published, stale));
			counts.setId("directory-card-counts");
			Paragraph pending = new Paragraph(translate("directory.card.pending",
					this.submissionsApi.submissions(commune.slug(), SubmissionStatus.PENDING).size()));
			pending.setId("directory-card-pending");
			card.add(pending, counts);
		}
		catch (RuntimeException failure) {
			card.add(new Paragraph(ApiError.of(failure, WorkspaceCommune.locale()).message()));
		}
		card.add(new RouterLink(translate("directory.card.moderate"), ModerationView.class), new Paragraph(),
				new RouterLink(translate("directory.card.open"), EntriesView.class));
		return Optional.of(card);
	}

}
