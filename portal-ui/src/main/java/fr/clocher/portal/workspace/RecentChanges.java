package fr.clocher.portal.workspace;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.api.workspace.ChangeEntry;
import fr.clocher.kernel.api.workspace.WorkspaceApi;

/**
 * The changes recorded in a commune as a table: when (Paris time), who, what.
 */
@org.springframework.stereotype.Component
public class RecentChanges {

	private final WorkspaceApi api;

	public RecentChanges(WorkspaceApi api) {
		this.api = api;
	}

	Grid<ChangeEntry> list(String slug, int limit, Locale locale, Translator translator) {
		List<ChangeEntry> changes = this.api.changes(slug, limit);
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(Paris.ZONE);
		Grid<ChangeEntry> grid = new Grid<>();
		grid.setId("changes");
		grid.addColumn((change) -> format.format(change.at())).setHeader(translator.translate("changes.when"));
		grid.addColumn(ChangeEntry::actor).setHeader(translator.translate("changes.who"));
		grid.addColumn((change) -> change.what().in(locale)).setHeader(translator.translate("changes.what"));
		grid.setItems(changes);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT);
		grid.setEmptyStateText(translator.translate("changes.none"));
		return grid;
	}

	/** Reads a translation key, with its parameters. */
	@FunctionalInterface
	interface Translator {

		String translate(String key, Object... params);

	}

}
