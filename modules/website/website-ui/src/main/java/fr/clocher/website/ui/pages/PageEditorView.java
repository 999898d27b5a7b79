package fr.clocher.website.ui.pages;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.kernel.ui.ModuleScreen;
import fr.clocher.kernel.ui.ModuleView;
import fr.clocher.website.api.FilesApi;
import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.api.PagesApi;
import fr.clocher.website.api.Website;
import fr.clocher.website.ui.support.Actions;
import fr.clocher.website.ui.support.ImageDialog;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * Writes one page: saves its draft, shows it as residents would see it, publishes it or
 * takes it off the site. {@code new} as the id starts a page.
 */
@Route("website/pages/:id")
@PageTitle("Page")
@ModuleView(Website.KEY)
@PermitAll
public class PageEditorView extends ModuleScreen implements BeforeEnterObserver {

	private final PagesApi pagesApi;

	final PageForm form = new PageForm(this.api);

	final Span status = new Span();

	final Anchor publicLink = new Anchor();

	final Button save = Actions.button(translate("website.pages.save-draft"), VaadinIcon.CHECK, true, this::save);

	final Button preview = Actions.button(translate("website.pages.preview"), VaadinIcon.EYE, false, this::preview);

	final Button publish = Actions.button(translate("website.pages.publish"), VaadinIcon.GLOBE, false, this::publish);

	final Button unpublish = Actions.button(translate("website.pages.take-off-site"), VaadinIcon.EYE_SLASH, false,
			this::unpublish);

	private Page page;

	public PageEditorView(PagesApi pagesApi, FilesApi filesApi) {
		super(translate("website.pages.edit-page"), null);
		this.pagesApi = pagesApi;
		this.save.setId("save-page");
		this.publish.setId("publish-page");
		this.unpublish.setId("unpublish-page");
		this.preview.setId("preview-page");
		this.status.setId("page-status");
		this.publicLink.setTarget(AnchorTarget.BLANK);
		Button image = new Button(translate("website.pages.insert-image"), VaadinIcon.PICTURE.create(),
				(event) -> new ImageDialog(filesApi, tenant(),
						(img) -> this.form
							.append("<p><img src=\"" + img.path() + "\" alt=\"" + escape(img.alt()) + "\"></p>"))
					.open());
		image.setId("insert-image");
		Button attach = new Button(
				translate("website.pages.attach-document"), VaadinIcon.PAPERCLIP.create(), (
						event) -> new AttachmentDialog(filesApi, tenant(),
								(doc) -> this.form
									.append("<p><a href=\"" + doc.path() + "\">" + escape(doc.title()) + "</a></p>"))
							.open());
		attach.setId("attach-document");
		HorizontalLayout inserts = new HorizontalLayout(image, attach);
		HorizontalLayout actions = new HorizontalLayout(this.save, this.preview, this.publish, this.unpublish);
		actions.setWrap(true);
		HorizontalLayout state = new HorizontalLayout(this.status, this.publicLink);
		state.setAlignItems(FlexComponent.Alignment.BASELINE);
		add(new RouterLink(translate("website.pages.all-pages"), PagesView.class), state, this.form, inserts, actions);
		showState();
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		open(event.getRouteParameters().get("id").orElse("new"));
	}

	/** Opens a page by its id, or a new one for {@code new}. */
	void open(String id) {
		if ("new".equals(id)) {
			this.page = null;
			showState();
			return;
		}
		parse(id).flatMap((uuid) -> this.api.run(() -> this.pagesApi.page(tenant(), uuid))).ifPresent(this::show);
	}

	private void save() {
		saved();
	}

	private Optional<Page> saved() {
		Optional<Page> result = (this.page == null)
				? this.api.run(() -> this.pagesApi.createPage(tenant(), this.form.draft()))
				: this.api.run(() -> this.pagesApi.updatePage(tenant(), this.page.id(), this.form.draft()));
		result.ifPresent((saved) -> {
			show(saved);
			ApiCall.success(translate("website.pages.draft-saved"));
		});
		return result;
	}

	private void preview() {
		this.api.run(() -> this.pagesApi.previewDraft(tenant(), this.form.draft()))
			.ifPresent((html) -> new PreviewDialog(html.html()).open());
	}

	private void publish() {
		saved().flatMap((saved) -> this.api.run(() -> this.pagesApi.publishPage(tenant(), saved.id())))
			.ifPresent((published) -> {
				show(published);
				ApiCall.success(translate("website.pages.published-at", published.publicPath()));
			});
	}

	private void unpublish() {
		this.api.run(() -> this.pagesApi.unpublishPage(tenant(), this.page.id())).ifPresent((draft) -> {
			show(draft);
			ApiCall.success(translate("website.pages.taken-off"));
		});
	}

	private void show(Page page) {
		this.page = page;
		this.form.show(page);
		showState();
	}

	private void showState() {
		boolean online = this.page != null && this.page.status() != PageStatus.DRAFT;
		this.status.setText((this.page == null) ? translate("website.pages.new-page-unsaved")
				: PageStatusLabel.of(this.page.status()));
		this.publicLink.setVisible(online);
		if (online) {
			this.publicLink.setHref(this.page.publicUrl());
			this.publicLink.setText(translate("website.pages.see-site"));
		}
		this.unpublish.setVisible(online);
	}

	private Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			this.status.setText(translate("website.pages.page-does-not-exist"));
			return Optional.empty();
		}
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
