package fr.clocher.website.ui.pages;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageDraft;
import fr.clocher.website.ui.support.ApiCall;

import static fr.clocher.website.ui.support.Texts.t;

/**
 * A page's fields. The body is HTML (the contract's rich text): Vaadin's rich text editor
 * is a commercial component, so a text area with the allowed tags named, and buttons that
 * insert images and documents, take its place.
 */
class PageForm extends FormLayout {

	final TextField title = new TextField(t("Titre", "Title"));

	final TextField slug = new TextField(t("Adresse de la page", "Page address"));

	final TextArea summary = new TextArea(t("Résumé", "Summary"));

	final TextArea body = new TextArea(t("Contenu (HTML)", "Content (HTML)"));

	PageForm(ApiCall api) {
		this.title.setRequiredIndicatorVisible(true);
		this.title.setMaxLength(150);
		this.slug.setPrefixComponent(new com.vaadin.flow.component.html.Span("/pages/"));
		this.slug.setMaxLength(80);
		this.slug.setHelperText(t("Lettres minuscules, chiffres et tirets ; laissée vide, elle est tirée du titre.",
				"Lower-case letters, digits and dashes; left empty, it is made from the title."));
		this.summary.setMaxLength(300);
		this.summary.setHelperText(
				t("Une ou deux phrases, pour les moteurs de recherche.", "One or two sentences, for search engines."));
		this.body.setMinHeight("16em");
		this.body.setHelperText(t(
				"Paragraphes <p>, titres <h2> à <h4>, <strong>, <em>, listes, liens <a href>, "
						+ "tableaux, images (toujours avec un texte alternatif).",
				"Paragraphs <p>, headings <h2> to <h4>, <strong>, <em>, lists, links <a href>, tables, images "
						+ "(always with an alternative text)."));
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
