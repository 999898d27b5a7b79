package fr.clocher.announcements.ui.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.Audience;
import fr.clocher.announcements.api.MailDelivery;
import fr.clocher.kernel.ui.ModuleScreen;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The announcements of one kind, filtered by status (all but the archived ones by
 * default) and by a text found in their title or second line; opens the editor.
 *
 * @param <T> the announcement as the API returns it
 */
public abstract class AnnouncementList<T> extends ModuleScreen {

	public final Select<AnnouncementStatus> status = new Select<>();

	public final TextField text = new TextField(translate("announcements.list.search"));

	public final Grid<Summary> grid = new Grid<>();

	public final Button create;

	private final Desk<T, ?> desk;

	private final Class<? extends Component> editor;

	private final HorizontalLayout filters = new HorizontalLayout();

	/** How many subscribers receive this kind by mail (hidden for a kind not mailed). */
	public final Paragraph subscribers = new Paragraph();

	private final Reach reach;

	private List<Summary> loaded = List.of();

	private Map<UUID, Audience> audience = Map.of();

	/**
	 * Builds the list and loads it.
	 * @param title the screen's heading
	 * @param intro what the screen is for
	 * @param newLabel the label of the button that starts a new one
	 * @param empty what the list says when nothing matches
	 * @param desk the kind's calls
	 * @param editor the editor's route, taking the id as {@code id}
	 * @param reach the audience of the kind's announcements
	 */
	protected AnnouncementList(String title, String intro, String newLabel, String empty, Desk<T, ?> desk,
			Class<? extends Component> editor, Reach reach) {
		super(title, intro);
		this.desk = desk;
		this.editor = editor;
		this.reach = reach;
		this.subscribers.setId("announcements-subscribers");
		this.subscribers.setVisible(false);
		this.create = new Button(newLabel, VaadinIcon.PLUS.create(), (event) -> open("new"));
		this.create.setId("new-announcement");
		this.status.setLabel(translate("announcements.list.status"));
		this.status.setItems(AnnouncementStatus.values());
		this.status.setItemLabelGenerator((status) -> (status != null) ? StatusLabel.of(status)
				: translate("announcements.list.all-but-archived"));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(translate("announcements.list.all-but-archived"));
		this.status.addValueChangeListener((event) -> load());
		this.text.setClearButtonVisible(true);
		this.text.setValueChangeMode(ValueChangeMode.LAZY);
		this.text.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.text.addValueChangeListener((event) -> filter());
		this.grid.addColumn(Summary::title).setHeader(translate("announcements.list.title")).setFlexGrow(3);
		this.grid.addColumn(Summary::detail).setHeader(translate("announcements.list.detail")).setFlexGrow(2);
		this.grid.addColumn(StatusLabel::of).setHeader(translate("announcements.list.status")).setFlexGrow(2);
		this.grid.addColumn((item) -> Dates.format(item.updatedAt()))
			.setHeader(translate("announcements.list.updated"))
			.setFlexGrow(1);
		this.grid.addColumn((item) -> reads(item.id())).setHeader(translate("announcements.list.reads")).setFlexGrow(1);
		this.grid.addColumn((item) -> MailLabel.of(mail(item.id())))
			.setHeader(translate("announcements.list.mail"))
			.setFlexGrow(2);
		this.grid.addComponentColumn((item) -> {
			Button edit = new Button(translate("announcements.list.edit"), (event) -> open(item.id().toString()));
			edit.getElement().setAttribute("aria-label", translate("announcements.list.edit-named", item.title()));
			return edit;
		}).setFlexGrow(1);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(empty);
		this.grid.addItemClickListener((event) -> open(event.getItem().id().toString()));
		this.filters.add(this.status, this.text, this.create);
		this.filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.filters.setWrap(true);
		add(this.filters, this.grid, this.subscribers);
	}

	/** Loads the list when the screen opens, once the subclass has added its filters. */
	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		load();
	}

	/**
	 * Adds a filter of the kind's own beside the others, before the button that starts a
	 * new one.
	 */
	protected void addFilter(Component filter) {
		this.filters.addComponentAtIndex(this.filters.indexOf(this.create), filter);
	}

	/**
	 * Asks the service for the announcements in a status; a kind with filters of its own
	 * adds them here.
	 * @param tenant the tenant's slug
	 * @param status the status chosen, null for all but the archived ones
	 * @return the announcements
	 */
	protected List<T> fetch(String tenant, AnnouncementStatus status) {
		return this.desk.list().apply(tenant, status);
	}

	/**
	 * Asks the service again, with the filters as they are, for the announcements and
	 * their audience.
	 */
	protected final void load() {
		this.api.run(() -> fetch(tenant(), this.status.getValue())).ifPresent((items) -> {
			this.loaded = items.stream().map(this.desk.summary()).toList();
			this.audience = this.api.run(() -> this.reach.audience().audience(tenant()))
				.map((all) -> all.stream().collect(Collectors.toMap(Audience::id, Function.identity(), (a, b) -> a)))
				.orElse(Map.of());
			filter();
		});
		if (this.reach.subscribers() != null) {
			this.api.run(() -> this.reach.subscriptions().subscriptions(tenant())).ifPresent((counts) -> {
				this.subscribers
					.setText(translate(this.reach.subscribersKey(), this.reach.subscribers().applyAsInt(counts)));
				this.subscribers.setVisible(true);
			});
		}
	}

	private String reads(UUID id) {
		Audience found = this.audience.get(id);
		return String.valueOf((found != null) ? found.reads() : 0);
	}

	private MailDelivery mail(UUID id) {
		Audience found = this.audience.get(id);
		return (found != null) ? found.mail() : null;
	}

	private void filter() {
		this.grid.setItems(this.loaded.stream().filter((item) -> item.matches(this.text.getValue())).toList());
	}

	private void open(String id) {
		getUI().ifPresent((ui) -> ui.navigate(this.editor, new RouteParameters("id", id)));
	}

}
