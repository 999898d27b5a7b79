package fr.clocher.announcements.ui.support;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLink;

import fr.clocher.announcements.api.AnnouncementStatus;
import fr.clocher.announcements.api.PreviewApi;
import fr.clocher.announcements.api.Publication;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.WorkspaceCommune;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Writes one announcement: saves its draft, publishes it now or at a set time, takes it
 * back to a draft, archives or deletes it (each of these three after a confirmation).
 * {@code new} as the route's id starts one. A subclass gives the kind's fields
 * ({@link #build}).
 *
 * @param <T> the announcement as the API returns it
 * @param <D> what the secretary writes
 */
public abstract class AnnouncementEditor<T, D> extends ModuleScreen implements BeforeEnterObserver {

	/**
	 * The form's calls: a refusal shows on the field it names, and the notification names
	 * it.
	 */
	public final FormCall calls = new FormCall();

	public final Span status = new Span();

	public final Anchor publicLink = new Anchor();

	public final Button save = Buttons.of("save", translate("announcements.editor.save"), VaadinIcon.CHECK,
			ButtonVariant.LUMO_PRIMARY, this::save);

	public final Button publishNow = Buttons.of("publish-now", translate("announcements.editor.publish-now"),
			VaadinIcon.GLOBE, null, this::publishNow);

	public final DateTimePicker publishAt = new DateTimePicker(translate("announcements.editor.publish-at"));

	public final Button schedule = Buttons.of("schedule", translate("announcements.editor.schedule"), VaadinIcon.CLOCK,
			null, this::schedule);

	public final Button unpublish = Buttons.of("unpublish", translate("announcements.editor.unpublish"),
			VaadinIcon.EYE_SLASH, null, this::unpublish);

	public final Button archive = Buttons.of("archive", translate("announcements.editor.archive"), VaadinIcon.ARCHIVE,
			null, this::archive);

	public final Button preview = Buttons.of("preview", translate("announcements.editor.preview"), VaadinIcon.EYE, null,
			this::preview);

	public final Button delete = Buttons.of("delete", translate("announcements.editor.delete"), VaadinIcon.TRASH,
			ButtonVariant.LUMO_ERROR, this::delete);

	private final Desk<T, D> desk;

	private final PreviewApi previews;

	private final Class<? extends Component> list;

	private final String backLabel;

	private KindForm<T, D> form;

	private T item;

	/**
	 * @param title the screen's heading
	 * @param backLabel the label of the link back to the list
	 * @param desk the kind's calls
	 * @param list the list's route
	 * @param previews renders it as residents will see it
	 */
	protected AnnouncementEditor(String title, String backLabel, Desk<T, D> desk, Class<? extends Component> list,
			PreviewApi previews) {
		super(title, null);
		this.desk = desk;
		this.previews = previews;
		this.list = list;
		this.backLabel = backLabel;
		this.status.setId("announcement-status");
		this.publicLink.setTarget(AnchorTarget.BLANK);
		this.publishAt.setHelperText(translate("announcements.editor.publish-at-helper"));
		this.calls.field("at", this.publishAt);
	}

	/** Lays the screen out around the kind's fields; the subclass calls it last. */
	protected <F extends Component & KindForm<T, D>> void build(F form) {
		this.form = form;
		HorizontalLayout state = new HorizontalLayout(this.status, this.publicLink);
		state.setAlignItems(FlexComponent.Alignment.BASELINE);
		HorizontalLayout actions = new HorizontalLayout(this.save, this.preview, this.publishNow, this.unpublish,
				this.archive, this.delete);
		actions.setWrap(true);
		HorizontalLayout later = new HorizontalLayout(this.publishAt, this.schedule);
		later.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new RouterLink(this.backLabel, this.list), state, form, actions, later);
		showState();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		open(event.getRouteParameters().get("id").orElse("new"));
	}

	/** The announcement shown, null for a new one not saved yet. */
	public T item() {
		return this.item;
	}

	private void open(String id) {
		if ("new".equals(id)) {
			this.item = null;
			this.form.clear();
			showState();
			return;
		}
		parse(id).flatMap((uuid) -> this.calls.run(() -> this.desk.get().apply(tenant(), uuid)))
			.ifPresentOrElse(this::show, () -> {
				this.status.setText(translate("announcements.editor.does-not-exist"));
				setActionsVisible(false);
			});
	}

	private void setActionsVisible(boolean visible) {
		for (Component action : new Component[] { this.save, this.preview, this.publishNow, this.unpublish,
				this.archive, this.delete, this.publishAt, this.schedule }) {
			action.setVisible(visible);
		}
	}

	private void save() {
		saved().ifPresent((saved) -> ApiCall.success(translate("announcements.editor.saved")));
	}

	private Optional<T> saved() {
		D draft = this.form.draft();
		Optional<T> result = (this.item == null) ? this.calls.run(() -> this.desk.create().apply(tenant(), draft))
				: this.calls.run(() -> this.desk.update().apply(tenant(), id(), draft));
		result.ifPresent(this::show);
		return result;
	}

	/**
	 * Saves the draft, then shows it as residents will see it once published, in a
	 * sandboxed frame.
	 */
	private void preview() {
		saved().flatMap((saved) -> this.calls.run(() -> this.previews.preview(tenant(), id())))
			.ifPresent((page) -> new PreviewDialog(page.html()).open());
	}

	private void publishNow() {
		saved().flatMap((saved) -> this.calls.run(() -> this.desk.publish().apply(tenant(), id(), Publication.now())))
			.ifPresent((published) -> {
				show(published);
				ApiCall.success(translate("announcements.editor.published"));
			});
	}

	private void schedule() {
		LocalDateTime at = this.publishAt.getValue();
		if (at == null) {
			this.publishAt.setErrorMessage(translate("announcements.editor.publish-at-required"));
			this.publishAt.setInvalid(true);
			return;
		}
		this.publishAt.setInvalid(false);
		saved()
			.flatMap((saved) -> this.calls
				.run(() -> this.desk.publish().apply(tenant(), id(), new Publication(Dates.instant(at)))))
			.ifPresent((scheduled) -> {
				show(scheduled);
				ApiCall.success(translate("announcements.editor.scheduled", Dates.format(at)));
			});
	}

	private void unpublish() {
		confirmThen(translate("announcements.editor.unpublish-question"),
				translate("announcements.editor.unpublish-consequence"), translate("announcements.editor.unpublish"),
				this.desk.unpublish(), translate("announcements.editor.unpublished"));
	}

	private void archive() {
		confirmThen(translate("announcements.editor.archive-question"),
				translate("announcements.editor.archive-consequence"), translate("announcements.editor.archive"),
				this.desk.archive(), translate("announcements.editor.archived"));
	}

	private void confirmThen(String question, String consequence, String label, BiFunction<String, UUID, T> change,
			String done) {
		Confirm.ask(question, consequence, label,
				() -> this.calls.run(() -> change.apply(tenant(), id())).ifPresent((changed) -> {
					show(changed);
					ApiCall.success(done);
				}));
	}

	private void delete() {
		Confirm.ask(translate("announcements.editor.delete-question"),
				translate("announcements.editor.delete-consequence"), translate("announcements.editor.delete"), () -> {
					if (this.calls.run(() -> this.desk.delete().accept(tenant(), id()))) {
						ApiCall.success(translate("announcements.editor.deleted"));
						getUI().ifPresent((ui) -> ui.navigate(this.list));
					}
				});
	}

	private UUID id() {
		return this.desk.summary().apply(this.item).id();
	}

	private void show(T item) {
		this.item = item;
		this.form.show(item);
		showState();
	}

	private void showState() {
		Summary summary = (this.item != null) ? this.desk.summary().apply(this.item) : null;
		AnnouncementStatus now = (summary != null) ? summary.status() : null;
		this.status
			.setText((summary == null) ? translate("announcements.editor.new-unsaved") : StatusLabel.of(summary));
		boolean online = now == AnnouncementStatus.PUBLISHED && summary.publicPath() != null;
		this.publicLink.setVisible(online);
		if (online) {
			this.publicLink.setHref(siteAddress(summary.publicPath()));
			this.publicLink.setText(translate("announcements.editor.see-on-site"));
		}
		// Saving a published one shows the new content at once: publishing it again has
		// no
		// sense, taking it back has.
		boolean published = now == AnnouncementStatus.PUBLISHED;
		this.publishNow.setVisible(!published);
		// Previewing saves first: a published one would change on the site.
		this.preview.setVisible(!published);
		this.publishAt.setVisible(!published);
		this.schedule.setVisible(!published);
		if (now == AnnouncementStatus.SCHEDULED) {
			this.publishAt.setValue(Dates.paris(summary.publishAt()));
		}
		this.unpublish.setVisible(published || now == AnnouncementStatus.SCHEDULED);
		this.archive.setVisible(summary != null && now != AnnouncementStatus.ARCHIVED);
		this.delete.setVisible(summary != null);
	}

	private static String siteAddress(String path) {
		String site = WorkspaceCommune.require().siteUrl();
		return (site.endsWith("/") ? site.substring(0, site.length() - 1) : site) + path;
	}

	private static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
