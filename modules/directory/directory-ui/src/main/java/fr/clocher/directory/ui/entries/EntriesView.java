package fr.clocher.directory.ui.entries;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The directory's entries, by name, searched as residents search them (drafts too); a
 * stale entry is marked.
 */
@Route("directory/entries")
@PageTitle("Annuaire")
@ModuleView(Directory.KEY)
@PermitAll
public class EntriesView extends ModuleScreen {

	final TextField search = new TextField(translate("directory.entries.search"));

	final Grid<Entry> grid = new Grid<>();

	final Button create = new Button(translate("directory.entries.new"), VaadinIcon.PLUS.create(),
			(event) -> open("new"));

	private final EntriesApi entriesApi;

	private Map<UUID, String> categories = Map.of();

	public EntriesView(EntriesApi entriesApi, CategoriesApi categoriesApi) {
		super(translate("directory.entries.title"), translate("directory.entries.intro"));
		this.entriesApi = entriesApi;
		this.search.setId("entries-search");
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setClearButtonVisible(true);
		this.search.addValueChangeListener((event) -> load());
		this.create.setId("new-entry");
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.grid.addColumn(Entry::name).setHeader(translate("directory.entries.name")).setFlexGrow(2);
		this.grid.addColumn((entry) -> this.categories.getOrDefault(entry.categoryId(), ""))
			.setHeader(translate("directory.entries.category"));
		this.grid.addColumn(EntriesView::state).setHeader(translate("directory.entries.state"));
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(translate("directory.entries.none"));
		this.grid.addItemClickListener((event) -> open(event.getItem().id().toString()));
		add(this.search, this.create, this.grid);
		this.api.run(() -> categoriesApi.categories(tenant()))
			.ifPresent((found) -> this.categories = found.stream()
				.collect(Collectors.toMap(Category::id, Category::name, (a, b) -> a)));
		load();
	}

	static String state(Entry entry) {
		String status = switch (entry.status()) {
			case DRAFT -> translate("directory.status.draft");
			case PUBLISHED -> translate("directory.status.published");
		};
		return entry.stale() ? status + " · " + translate("directory.entries.stale") : status;
	}

	private void load() {
		String query = this.search.getValue().isBlank() ? null : this.search.getValue().strip();
		this.api.run(() -> this.entriesApi.entries(tenant(), null, null, query)).ifPresent(this.grid::setItems);
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(EntryEditorView.class, new RouteParameters("id", id)));
	}

}
