package fr.clocher.website.ui.pages;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageDraft;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A page's fields. The body is HTML (the contract's rich text): Vaadin's rich text editor
 * is a commercial component, so a text area with the allowed tags named, and buttons that
 * insert images and documents, take its place.
 */
class PageForm extends FormLayout {

	final TextField title = new TextField(translate("website.pages.title"));

	final TextField slug = new TextField(translate("website.pages.page-address"));

	final TextArea summary = new TextArea(translate("website.pages.summary"));

	final TextArea body = new TextArea(translate("website.pages.content-html"));

	PageForm(ApiCall api) {
		this.title.setRequiredIndicatorVisible(true);
		this.title.setMaxLength(150);
		this.slug.setPrefixComponent(new com.vaadin.flow.component.html.Span("/pages/"));
		this.slug.setMaxLength(80);
		this.slug.setHelperText(translate("website.pages.address-helper"));
		this.summary.setMaxLength(300);
		this.summary.setHelperText(translate("website.pages.summary-helper"));
		this.body.setMinHeight("16em");
		this.body.setHelperText(translate("website.pages.content-helper"));
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
		add(this.title, this.slug);
		add(this.summary, 2);
		add(this.body, 2);
		api.field("title", this.title).field("slug", this.slug).field("summary", this.summary).field("body", this.body);
	}

	void show(Page page) {
		this.title.setValue(nonNull(page.title()));
		this.slug.setValue(nonNull(page.slug()));
		this.summary.setValue(nonNull(page.summary()));
		this.body.setValue(nonNull(page.body()));
	}

	PageDraft draft() {
		return new PageDraft(this.title.getValue().strip(), this.slug.getValue().strip(),
				this.summary.getValue().strip(), this.body.getValue());
	}

	void append(String html) {
		String current = this.body.getValue();
		this.body.setValue(current.isBlank() ? html : current.stripTrailing() + "\n" + html);
	}

	private static String nonNull(String value) {
		return (value != null) ? value : "";
	}

}
