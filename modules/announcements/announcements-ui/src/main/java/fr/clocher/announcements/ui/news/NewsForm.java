package fr.clocher.announcements.ui.news;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.announcements.api.ImagesApi;
import fr.clocher.announcements.api.News;
import fr.clocher.announcements.api.NewsDraft;
import fr.clocher.announcements.ui.support.FormCall;
import fr.clocher.announcements.ui.support.KindForm;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A news item's fields. The body is HTML (the contract's rich text): Vaadin's rich text
 * editor is a commercial component, so a text area naming the allowed tags takes its
 * place, as in the website's page editor. The image is uploaded with its alternative text
 * before the item refers to it.
 */
public class NewsForm extends FormLayout implements KindForm<News, NewsDraft> {

	public final TextField title = new TextField(translate("announcements.news.field-title"));

	public final TextField category = new TextField(translate("announcements.news.category"));

	public final TextArea summary = new TextArea(translate("announcements.news.summary"));

	public final TextArea body = new TextArea(translate("announcements.news.body"));

	public final Span image = new Span();

	public final Button addImage;

	public final Button removeImage;

	private UUID imageId;

	NewsForm(FormCall calls, ImagesApi imagesApi, Supplier<String> tenant) {
		this.title.setRequiredIndicatorVisible(true);
		this.title.setMaxLength(150);
		this.category.setMaxLength(60);
		this.category.setPlaceholder(translate("announcements.news.category-example"));
		this.summary.setMaxLength(300);
		this.summary.setHelperText(translate("announcements.news.summary-helper"));
		this.body.setMinHeight("14em");
		this.body.setHelperText(translate("announcements.news.body-helper"));
		this.image.setId("news-image");
		this.addImage = new Button(translate("announcements.news.add-image"), VaadinIcon.PICTURE.create(),
				(event) -> new ImageDialog(imagesApi, tenant.get(), (uploaded) -> showImage(uploaded.id(),
						translate("announcements.news.image-described", uploaded.alt())))
					.open());
		this.addImage.setId("add-image");
		this.removeImage = new Button(translate("announcements.news.remove-image"), VaadinIcon.CLOSE_SMALL.create(),
				(event) -> showImage(null, null));
		this.removeImage.setId("remove-image");
		HorizontalLayout picture = new HorizontalLayout(this.image, this.addImage, this.removeImage);
		picture.setAlignItems(FlexComponent.Alignment.BASELINE);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
		add(this.title, this.category);
		add(this.summary, 2);
		add(this.body, 2);
		add(picture, 2);
		calls.field("title", this.title)
			.field("category", this.category)
			.field("summary", this.summary)
			.field("body", this.body);
		showImage(null, null);
	}

	@Override
	public void show(News news) {
		this.title.setValue(Objects.requireNonNullElse(news.title(), ""));
		this.category.setValue(Objects.requireNonNullElse(news.category(), ""));
		this.summary.setValue(Objects.requireNonNullElse(news.summary(), ""));
		this.body.setValue(Objects.requireNonNullElse(news.body(), ""));
		// The API does not give an image's alternative text back: the one just uploaded
		// keeps its description, any other reads as attached.
		boolean same = news.imageId() != null && news.imageId().equals(this.imageId);
		showImage(news.imageId(), same ? this.image.getText() : translate("announcements.news.image-attached"));
	}

	@Override
	public void clear() {
		this.title.clear();
		this.category.clear();
		this.summary.clear();
		this.body.clear();
		showImage(null, null);
	}

	@Override
	public NewsDraft draft() {
		return new NewsDraft(this.title.getValue().strip(), blankToNull(this.summary.getValue()), this.body.getValue(),
				blankToNull(this.category.getValue()), this.imageId);
	}

	/** The image the item refers to, null for none. */
	public UUID imageId() {
		return this.imageId;
	}

	private void showImage(UUID id, String text) {
		this.imageId = id;
		this.image.setText((id != null) ? text : translate("announcements.news.no-image"));
		this.removeImage.setVisible(id != null);
	}

	private static String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
