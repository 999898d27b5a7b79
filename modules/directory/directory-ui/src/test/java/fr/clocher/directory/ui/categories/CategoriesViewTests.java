package fr.clocher.directory.ui.categories;

import org.junit.jupiter.api.Test;

import fr.clocher.directory.api.CategoryDraft;
import fr.clocher.directory.api.CategoryKind;
import fr.clocher.directory.ui.DirectoryViewTest;

import org.springframework.http.HttpStatus;

import static fr.clocher.directory.ui.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categories: listed with their type and count, one added with its type, a taken name
 * shown on the name.
 */
class CategoriesViewTests extends DirectoryViewTest {

	@Test
	void aCategoryIsAddedWithItsTypeAndATakenNameShowsOnTheName() {
		CategoriesView view = navigate(CategoriesView.class);
		assertThat(test(view.grid).size()).isEqualTo(2);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Commerce, artisan, entreprise");
		this.categories.failure = refusal(HttpStatus.BAD_REQUEST, "Champs invalides.", "name",
				"Une autre catégorie porte déjà ce nom.");
		test(view.name).setValue("Commerces");
		test(view.add).click();
		assertThat(view.name.isInvalid()).isTrue();
		assertThat(view.name.getErrorMessage()).isEqualTo("Une autre catégorie porte déjà ce nom.");

		this.categories.failure = null;
		test(view.name).setValue("Hébergements");
		test(view.kind).selectItem("Commerce, artisan, entreprise");
		test(view.add).click();

		assertThat(this.categories.calls)
			.containsExactly(new CategoryDraft("Hébergements", CategoryKind.LOCAL_BUSINESS));
		assertThat(test(view.grid).size()).isEqualTo(3);
		assertThat(notification()).isEqualTo("Catégorie « Hébergements » ajoutée.");
	}

}
