package fr.clocher.website.ui.pages;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.ui.WebsiteViewTest;

import org.springframework.http.HttpStatus;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writing a page: saving its draft, publishing it, and a refusal read in French.
 */
class PageEditorViewTests extends WebsiteViewTest {

	@Test
	void aNewPageIsSavedAsADraft() {
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Horaires de la mairie");
		test(editor.form.slug).setValue("horaires");
		test(editor.form.body).setValue("<p>Ouverte le lundi.</p>");
		test(editor.save).click();

		assertThat(this.pages.calls).containsExactly("saint-martin create Horaires de la mairie");
		assertThat(notification()).isEqualTo("Brouillon enregistré.");
		assertThat(editor.status.getText()).isEqualTo("Brouillon (non publié)");
		assertThat(editor.unpublish.isVisible()).isFalse();
	}

	@Test
	void publishingSavesTheDraftThenPublishesIt() {
		Page page = this.pages.add("Cantine", "cantine", PageStatus.DRAFT);
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", page.id().toString()));
		test(editor.form.summary).setValue("Les menus de la semaine.");
		test(editor.publish).click();

		assertThat(this.pages.calls).containsExactly("saint-martin update Cantine", "saint-martin publish Cantine");
		assertThat(this.pages.pages.get(page.id()).summary()).isEqualTo("Les menus de la semaine.");
		assertThat(notification()).isEqualTo("Page publiée : les habitants la voient à l'adresse /pages/cantine");
		assertThat(editor.status.getText()).isEqualTo("Publiée");
		assertThat(editor.publicLink.getHref()).isEqualTo("http://saint-martin.clocher.localhost:8080/pages/cantine");
		assertThat(editor.unpublish.isVisible()).isTrue();
	}

	@Test
	void thePreviewShowsTheDraftInAFrameThatMayRunNothing() {
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("Cantine");
		test(editor.form.body).setValue("<p>Menus de la semaine.</p>");
		test(editor.preview).click();

		PreviewDialog dialog = $(PreviewDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Aperçu de la page");
		assertThat(dialog.frame.getSrcdoc())
			.hasValueSatisfying((html) -> assertThat(html).contains("<p>Menus de la semaine.</p>"));
		// sandbox="" forbids scripts, forms and navigation; no attribute would allow them
		assertThat(dialog.frame.getElement().getAttribute("sandbox")).isEmpty();
	}

	@Test
	void aRefusalIsShownInFrenchOnTheFieldItNames() {
		this.pages.failure = refusal(HttpStatus.CONFLICT, "Une autre page a déjà l'adresse /pages/ecole.", "slug",
				"La page « École » a déjà cette adresse.");
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("École maternelle");
		test(editor.form.slug).setValue("ecole");
		test(editor.save).click();

		assertThat(this.pages.calls).isEmpty();
		assertThat(notification()).isEqualTo("Une autre page a déjà l'adresse /pages/ecole.");
		assertThat(editor.form.slug.isInvalid()).isTrue();
		assertThat(editor.form.slug.getErrorMessage()).isEqualTo("La page « École » a déjà cette adresse.");
		assertThat(editor.form.title.isInvalid()).isFalse();
		assertThat(editor.status.getText()).isEqualTo("Nouvelle page, pas encore enregistrée");
		assertThat(editor.save.isEnabled()).isTrue();
	}

	@Test
	void anUnreachableServiceIsSaidPlainlyNotAsAStackTrace() {
		this.pages.failure = new ResourceAccessException("I/O error on POST request: Connection refused");
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", "new"));
		test(editor.form.title).setValue("École");
		test(editor.save).click();

		assertThat(notification())
			.isEqualTo("Le service est momentanément injoignable. Réessayez dans quelques instants.");
	}

	@Test
	void anUnknownAddressSaysThePageDoesNotExist() {
		PageEditorView editor = navigate(PageEditorView.class, Map.of("id", "pas-une-page"));
		assertThat(editor.status.getText()).isEqualTo("Cette page n'existe pas.");
	}

}
