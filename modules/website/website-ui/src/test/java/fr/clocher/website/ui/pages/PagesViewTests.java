package fr.clocher.website.ui.pages;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;

import fr.clocher.website.api.Page;
import fr.clocher.website.api.PageStatus;
import fr.clocher.website.ui.WebsiteViewTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list of the commune's pages.
 */
class PagesViewTests extends WebsiteViewTest {

	@Test
	void listsTheCommunesPagesWithWhereTheyStand() {
		this.pages.add("Horaires de la mairie", "horaires", PageStatus.PUBLISHED);
		this.pages.add("École", "ecole", PageStatus.DRAFT);
		this.pages.add("Cantine", "cantine", PageStatus.CHANGED);
		PagesView view = navigate(PagesView.class);

		assertThat($(H2.class).first().getText()).isEqualTo("Pages du site");
		assertThat(test(view.grid).size()).isEqualTo(3);
		assertThat(row(view.grid, 0)).containsExactly("Cantine", "Publiée, modifications non publiées",
				"/pages/cantine");
		assertThat(row(view.grid, 1)).containsExactly("Horaires de la mairie", "Publiée", "/pages/horaires");
		assertThat(row(view.grid, 2)).containsExactly("École", "Brouillon (non publié)", "/pages/ecole");
	}

	@Test
	void aCommuneWithoutPagesIsToldSo() {
		PagesView view = navigate(PagesView.class);
		assertThat(test(view.grid).size()).isZero();
		assertThat(view.grid.getEmptyStateText()).isNotBlank().doesNotStartWith("!");
	}

	@Test
	void clickingAPageOpensItInTheEditor() {
		Page horaires = this.pages.add("Horaires de la mairie", "horaires", PageStatus.PUBLISHED);
		PagesView view = navigate(PagesView.class);
		test(view.grid).clickRow(0);

		PageEditorView editor = (PageEditorView) getCurrentView();
		assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("website/pages/" + horaires.id());
		assertThat(editor.form.title.getValue()).isEqualTo("Horaires de la mairie");
		assertThat(editor.status.getText()).isEqualTo("Publiée");
	}

	@Test
	void newPageOpensAnEmptyEditor() {
		navigate(PagesView.class);
		test($(Button.class).id("new-page")).click();

		PageEditorView editor = (PageEditorView) getCurrentView();
		assertThat(editor.form.title.getValue()).isEmpty();
		assertThat(editor.publish.isVisible()).isTrue();
		assertThat(editor.unpublish.isVisible()).isFalse();
	}

	@Test
	void inEnglishTheListSpeaksEnglish() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		this.pages.add("Town hall hours", "hours", PageStatus.CHANGED);
		PagesView view = navigate(PagesView.class);

		assertThat($(H2.class).first().getText()).isEqualTo("Site pages");
		assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Title");
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Published, changes not published");
	}

	private String[] row(Grid<?> grid, int index) {
		return new String[] { test(grid).getCellText(index, 0), test(grid).getCellText(index, 1),
				test(grid).getCellText(index, 2) };
	}

}
