package fr.clocher.directory.ui.entries;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.directory.api.CategoriesApi;
import fr.clocher.directory.api.Category;
import fr.clocher.directory.api.Directory;
import fr.clocher.directory.api.EntriesApi;
import fr.clocher.directory.api.Entry;
import fr.clocher.directory.api.EntryDraft;
import fr.clocher.directory.api.EntryStatus;
import fr.clocher.directory.api.OpeningHoursText;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * One entry: its fields, each refusal of the service shown on its field; saved as a
 * draft, then published or taken off the site; confirmed current. {@code new} as the id
 * starts an entry.
 */
@Route("directory/entries/:id")
@PageTitle("Fiche de l'annuaire")
@ModuleView(Directory.KEY)
@PermitAll
public class EntryEditorView extends ModuleScreen implements BeforeEnterObserver {

	final Span state = new Span();

	final TextField name = new TextField(translate("directory.entry.name"));

	final ComboBox<Category> category = new ComboBox<>(translate("directory.entry.category"));

	final TextArea description = new TextArea(translate("directory.entry.description"));

	final TextField address = new TextField(translate("directory.entry.address"));

	final BigDecimalField latitude = new BigDecimalField(translate("directory.entry.latitude"));

	final BigDecimalField longitude = new BigDecimalField(translate("directory.entry.longitude"));

	final TextField phone = new TextField(translate("directory.entry.phone"));

	final TextField email = new TextField(translate("directory.entry.email"));

	final TextField website = new TextField(translate("directory.entry.website"));

	final TextArea hours = new TextArea(translate("directory.entry.hours"));

	final TextField siret = new TextField(translate("directory.entry.siret"));

	final Button save = new Button(translate("directory.entry.save"), VaadinIcon.CHECK.create(), (event) -> save());

	final Button publish = new Button(translate("directory.entry.publish"), VaadinIcon.GLOBE.create(),
			(event) -> act(Action.PUBLISH));

	final Button unpublish = new Button(translate("directory.entry.unpublish"), VaadinIcon.EYE_SLASH.create(),
			(event) -> act(Action.UNPUBLISH));

	final Button confirm = new Button(translate("directory.entry.confirm"), VaadinIcon.CALENDAR_CLOCK.create(),
			(event) -> act(Action.CONFIRM));

	private final EntriesApi entriesApi;

	private Entry entry;

	public EntryEditorView(EntriesApi entriesApi, CategoriesApi categoriesApi) {
		super(translate("directory.entry.title"), null);
		this.entriesApi = entriesApi;
		this.category.setItemLabelGenerator(Category::name);
		this.category.setItems(this.api.run(() -> categoriesApi.categories(tenant())).orElse(List.of()));
		this.description.setMaxLength(2000);
		this.hours.setHelperText(translate("directory.entry.hours-helper"));
		this.phone.setHelperText(translate("directory.entry.phone-helper"));
		this.siret.setHelperText(translate("directory.entry.siret-helper"));
		this.save.setId("save-entry");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.publish.setId("publish-entry");
		this.unpublish.setId("unpublish-entry");
		this.confirm.setId("confirm-entry");
		this.api.field("name", this.name)
			.field("categoryId", this.category)
			.field("description", this.description)
			.field("address", this.address)
			.field("latitude", this.latitude)
			.field("longitude", this.longitude)
			.field("phone", this.phone)
			.field("email", this.email)
			.field("website", this.website)
			.field("siret", this.siret)
			.field("openingHours", this.hours);
		hoursErrors(this.api, this.hours);
		FormLayout form = new FormLayout(this.name, this.category, this.description, this.address, this.latitude,
				this.longitude, this.phone, this.email, this.website, this.siret, this.hours);
		form.setColspan(this.description, 2);
		form.setColspan(this.hours, 2);
		add(new RouterLink(translate("directory.entries.all"), EntriesView.class), this.state, form,
				new HorizontalLayout(this.save, this.publish, this.unpublish, this.confirm));
		showState();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse("new");
		if ("new".equals(id)) {
			this.entry = null;
			showState();
			return;
		}
		try {
			UUID uuid = UUID.fromString(id);
			this.api.run(() -> this.entriesApi.entry(tenant(), uuid)).ifPresent(this::show);
		}
		catch (IllegalArgumentException ex) {
			this.state.setText(translate("directory.entry.not-found"));
		}
	}

	EntryDraft draft() {
		return new EntryDraft(this.name.getValue(),
				(this.category.getValue() != null) ? this.category.getValue().id() : null, this.description.getValue(),
				this.address.getValue(), null, this.latitude.getValue(), this.longitude.getValue(),
				this.phone.getValue(), this.email.getValue(), this.website.getValue(),
				OpeningHoursText.parse(this.hours.getValue()), this.siret.getValue());
	}

	private void save() {
		EntryDraft draft = draft();
		Optional<Entry> saved = (this.entry == null) ? this.api.run(() -> this.entriesApi.createEntry(tenant(), draft))
				: this.api.run(() -> this.entriesApi.updateEntry(tenant(), this.entry.id(), draft));
		saved.ifPresent((entry) -> {
			boolean created = this.entry == null;
			show(entry);
			ApiCall.success(translate("directory.entry.saved"));
			if (created) {
				getUI().ifPresent(
						(ui) -> ui.navigate(EntryEditorView.class, new RouteParameters("id", entry.id().toString())));
			}
		});
	}

	private void act(Action action) {
		UUID id = this.entry.id();
		this.api.run(() -> switch (action) {
			case PUBLISH -> this.entriesApi.publishEntry(tenant(), id);
			case UNPUBLISH -> this.entriesApi.unpublishEntry(tenant(), id);
			case CONFIRM -> this.entriesApi.confirmEntry(tenant(), id);
		}).ifPresent((entry) -> {
			show(entry);
			ApiCall.success(translate(switch (action) {
				case PUBLISH -> "directory.entry.published";
				case UNPUBLISH -> "directory.entry.unpublished";
				case CONFIRM -> "directory.entry.confirmed";
			}));
		});
	}

	private void show(Entry entry) {
		this.entry = entry;
		this.name.setValue(entry.name());
		this.category.getListDataView()
			.getItems()
			.filter((category) -> category.id().equals(entry.categoryId()))
			.findFirst()
			.ifPresent(this.category::setValue);
		this.description.setValue(orEmpty(entry.description()));
		this.address.setValue(orEmpty(entry.address()));
		this.latitude.setValue(entry.latitude());
		this.longitude.setValue(entry.longitude());
		this.phone.setValue(orEmpty(entry.phone()));
		this.email.setValue(orEmpty(entry.email()));
		this.website.setValue(orEmpty(entry.website()));
		this.siret.setValue(orEmpty(entry.siret()));
		this.hours.setValue(OpeningHoursText.format(entry.openingHours()));
		showState();
	}

	private void showState() {
		boolean saved = this.entry != null;
		this.state.setText(saved ? EntriesView.state(this.entry) : translate("directory.entry.new-unsaved"));
		this.publish.setVisible(saved && this.entry.status() == EntryStatus.DRAFT);
		this.unpublish.setVisible(saved && this.entry.status() == EntryStatus.PUBLISHED);
		this.confirm.setVisible(saved);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

	private enum Action {

		PUBLISH, UNPUBLISH, CONFIRM

	}

	/**
	 * Shows on the hours' field every refusal of a slot the service names
	 * ({@code openingHours[2].closes}: 14 slots at most).
	 */
	public static void hoursErrors(ApiCall api, HasValidation hours) {
		for (int i = 0; i < 14; i++) {
			for (String part : new String[] { "", ".day", ".opens", ".closes" }) {
				api.field("openingHours[" + i + "]" + part, hours);
			}
		}
	}

}
