package fr.clocher.portal.operator.communes;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

import fr.clocher.kernel.api.platform.ReferenceCommuneMatch;
import fr.clocher.portal.operator.FakePlatformApi;
import fr.clocher.portal.signin.WithPortalUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creating a commune from the reference, over the in-memory operator API.
 */
@SpringBootTest
@Import(FakePlatformApi.Config.class)
@WithPortalUser(username = "ops", givenName = "Paul", familyName = "Martin", roles = "platform-operator", communes = {})
class CreateCommuneViewTests extends SpringBrowserlessTest {

	@Autowired
	FakePlatformApi api;

	CreateCommuneView view;

	@BeforeEach
	void open() {
		this.api.reset();
		UI.getCurrent().setLocale(Locale.FRANCE);
		this.view = navigate(CreateCommuneView.class);
	}

	@Test
	void aCommuneFoundByPostcodeIsCreatedWithItsSecretary() {
		test(this.view.commune).setFilter("316");
		assertThat(test(this.view.commune).getSuggestions()).containsExactly("Saint-Orens-de-Gameville (31) — 31650");
		assertThat(this.view.create.isEnabled()).isFalse();

		test(this.view.commune).selectItem("Saint-Orens-de-Gameville (31) — 31650");
		test(this.view.secretary).setValue("mairie@saint-orens.fr");
		test(this.view.create).click();

		assertThat(this.api.calls).contains("communes(316)", "createCommune(31506,mairie@saint-orens.fr)");
		assertThat(test($(Notification.class).last()).getText())
			.isEqualTo("Saint-Orens-de-Gameville est inscrite (identifiant « saint-orens-de-gameville »).");
		assertThat(this.view.commune.getValue()).isNull();
	}

	@Test
	void aCommuneAlreadyOnThePlatformIsMarkedAndCannotBeCreatedAgain() {
		test(this.view.commune).setFilter("Castanet");
		assertThat(test(this.view.commune).getSuggestions())
			.containsExactly("Castanet-Tolosan (31) — 31320 — déjà inscrite");
		test(this.view.commune).selectItem("Castanet-Tolosan (31) — 31320 — déjà inscrite");

		assertThat(this.view.commune.isInvalid()).isTrue();
		assertThat(this.view.commune.getErrorMessage())
			.isEqualTo("Castanet-Tolosan est déjà inscrite sur la plateforme.");
		assertThat(this.view.create.isEnabled()).isFalse();
		assertThat(this.api.calls).noneMatch((call) -> call.startsWith("createCommune"));
	}

	@Test
	void theApiRefusalAppearsOnTheFieldConcernedAndTheButtonComesBack() {
		test(this.view.commune).setFilter("Saint");
		test(this.view.commune).selectItem("Saint-Orens-de-Gameville (31) — 31650");
		this.api.failure = () -> FakePlatformApi.problem(HttpStatus.BAD_REQUEST,
				"La demande contient des champs invalides.", "secretaryEmail", "Adresse e-mail invalide.");
		test(this.view.create).click();

		assertThat(this.view.secretary.isInvalid()).isTrue();
		assertThat(this.view.secretary.getErrorMessage()).isEqualTo("Adresse e-mail invalide.");
		assertThat(this.view.create.isEnabled()).isTrue();

		this.api.failure = () -> FakePlatformApi.problem(HttpStatus.CONFLICT,
				"L'identifiant « saint-orens » est déjà utilisé par « Syndicat » ; choisissez-en un autre.", null,
				null);
		test(this.view.create).click();
		assertThat($(Paragraph.class).id("create-error").getText()).contains("déjà utilisé par « Syndicat »");
		assertThat($(Paragraph.class).id("create-error").isVisible()).isTrue();
	}

	@Test
	void theFormIsLabelledInFrenchAndInEnglish() {
		assertThat(this.view.commune.getLabel()).isEqualTo("Commune");
		assertThat(this.view.secretary.getLabel()).isEqualTo("E-mail de la ou du secrétaire (facultatif)");
		assertThat(this.view.create.getText()).isEqualTo("Inscrire la commune");
		assertThat(this.view.create.isDisableOnClick()).isTrue();

		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat($(EmailField.class).id("secretary-email").getLabel()).isEqualTo("Secretary’s e-mail (optional)");
		assertThat($(Button.class).id("create-commune").getText()).isEqualTo("Register the commune");
		@SuppressWarnings("unchecked")
		ComboBox<ReferenceCommuneMatch> combo = $(ComboBox.class).id("commune");
		assertThat(combo.getPlaceholder()).isEqualTo("Name or postcode");
	}

}
