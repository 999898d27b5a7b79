package fr.clocher.website.ui.legal;

import java.time.LocalDate;

import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

import fr.clocher.website.api.AccessibilityFields;
import fr.clocher.website.api.ComplianceStatus;
import fr.clocher.website.api.LegalNoticesFields;
import fr.clocher.website.ui.WebsiteViewTest;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated pages, one tab each: the generated text shown and marked as such, an edit
 * saved to its own page and marked as edited, the generated text brought back, and a
 * refusal shown on the field it names.
 */
class GeneratedPagesViewTests extends WebsiteViewTest {

	private static final String GENERATED = "Texte généré à partir des données de la commune.";

	private static final String EDITED = "Modifié par vous : remplace le texte généré.";

	@Test
	void showsTheLegalNoticesWithTheirGeneratedTextAndAddress() {
		this.generatedPages.legalNotices.values = new LegalNoticesFields(
				this.generatedPages.legalNotices.defaults.publisher(),
				this.generatedPages.legalNotices.defaults.publicationDirector(), "Photos : Club photo de Saint-Martin",
				"");
		GeneratedPagesView view = open();

		TabSheet tabs = $(TabSheet.class).single();
		assertThat(test(tabs).isSelected("Mentions légales")).isTrue();
		assertThat(test(tabs).getTab("Données personnelles")).isNotNull();
		assertThat(test(tabs).getTab("Accessibilité")).isNotNull();
		TextArea director = text(view.legalNotices, "publicationDirector");
		assertThat(director.getLabel()).isEqualTo("Directeur de la publication");
		assertThat(director.getValue()).isEqualTo("Jeanne Martin, maire de Saint-Martin");
		assertThat(director.getHelperText()).isEqualTo(GENERATED);
		assertThat(text(view.legalNotices, "credits").getValue()).isEqualTo("Photos : Club photo de Saint-Martin");
		assertThat(text(view.legalNotices, "credits").getHelperText()).isEqualTo(EDITED);
		assertThat(view.legalNotices.link.getText()).isEqualTo("Voir la page sur le site (/mentions-legales)");
		assertThat(view.legalNotices.link.getHref())
			.isEqualTo("http://saint-martin.clocher.localhost:8080/mentions-legales");
	}

	@Test
	void anEditedFieldIsSavedAndMarkedAsEdited() {
		GeneratedPagesView view = open();
		test(text(view.legalNotices, "credits")).setValue("Photos : Club photo de Saint-Martin");
		test(view.legalNotices.save).click();

		assertThat(this.generatedPages.calls).containsExactly("saint-martin update legal notices");
		assertThat(this.generatedPages.legalNotices.values.credits()).isEqualTo("Photos : Club photo de Saint-Martin");
		assertThat(this.generatedPages.legalNotices.values.publisher())
			.isEqualTo(this.generatedPages.legalNotices.defaults.publisher());
		assertThat(notification()).isEqualTo("Page enregistrée.");
		assertThat(text(view.legalNotices, "credits").getHelperText()).isEqualTo(EDITED);
		assertThat(text(view.legalNotices, "publisher").getHelperText()).isEqualTo(GENERATED);
	}

	@Test
	void goingBackToTheGeneratedTextForgetsTheEdits() {
		LegalNoticesFields defaults = this.generatedPages.legalNotices.defaults;
		this.generatedPages.legalNotices.values = new LegalNoticesFields(defaults.publisher(),
				"Paul Durand, premier adjoint", defaults.credits(), defaults.additionalInformation());
		GeneratedPagesView view = open();
		assertThat(text(view.legalNotices, "publicationDirector").getHelperText()).isEqualTo(EDITED);

		test(view.legalNotices.reset).click();

		assertThat(this.generatedPages.calls).containsExactly("saint-martin reset legal notices");
		assertThat(notification()).isEqualTo("Texte généré rétabli.");
		assertThat(text(view.legalNotices, "publicationDirector").getValue())
			.isEqualTo("Jeanne Martin, maire de Saint-Martin");
		assertThat(text(view.legalNotices, "publicationDirector").getHelperText()).isEqualTo(GENERATED);
	}

	@Test
	void thePersonalDataTabSavesThePersonalDataPageOnly() {
		GeneratedPagesView view = open();
		tab("Données personnelles");
		TextArea retention = text(view.privacy, "retention");
		assertThat(retention.getLabel()).isEqualTo("Durée de conservation");
		test(retention).setValue("Trois ans après le dernier contact");
		test(view.privacy.save).click();

		assertThat(this.generatedPages.calls).containsExactly("saint-martin update privacy");
		assertThat(this.generatedPages.privacy.values.retention()).isEqualTo("Trois ans après le dernier contact");
		assertThat(this.generatedPages.legalNotices.values).isEqualTo(this.generatedPages.legalNotices.defaults);
		assertThat(retention.getHelperText()).isEqualTo(EDITED);
		assertThat(notification()).isEqualTo("Page enregistrée.");
	}

	@Test
	void aRateWithoutAuditDateIsRefusedOnTheDateThenSavedOnceTheDateIsGiven() {
		GeneratedPagesView view = open();
		tab("Accessibilité");
		GeneratedForm<AccessibilityFields> form = view.accessibility;
		Select<ComplianceStatus> status = field(form, "complianceStatus", Select.class);
		assertThat(status.getItemLabelGenerator().apply(status.getValue())).isEqualTo("Non conforme");
		test(status).selectItem("Partiellement conforme");
		test(field(form, "complianceRate", IntegerField.class)).setValue(75);
		this.generatedPages.failure = refusal(HttpStatus.BAD_REQUEST,
				"La déclaration d'accessibilité n'a pas été enregistrée.", "auditDate",
				"Indiquez la date de l'audit qui a donné ce taux.");
		test(form.save).click();

		DatePicker auditDate = field(form, "auditDate", DatePicker.class);
		assertThat(this.generatedPages.calls).isEmpty();
		assertThat(notification()).isEqualTo("La déclaration d'accessibilité n'a pas été enregistrée.");
		assertThat(auditDate.getLabel()).isEqualTo("Date de l'audit");
		assertThat(auditDate.isInvalid()).isTrue();
		assertThat(auditDate.getErrorMessage()).isEqualTo("Indiquez la date de l'audit qui a donné ce taux.");
		assertThat(field(form, "complianceRate", IntegerField.class).isInvalid()).isFalse();
		assertThat(field(form, "complianceRate", IntegerField.class).getValue()).isEqualTo(75);

		this.generatedPages.failure = null;
		test(auditDate).setValue(LocalDate.of(2026, 3, 2));
		test(form.save).click();

		assertThat(this.generatedPages.calls).containsExactly("saint-martin update accessibility");
		AccessibilityFields saved = this.generatedPages.accessibility.values;
		assertThat(saved.complianceStatus()).isEqualTo(ComplianceStatus.PARTIALLY_COMPLIANT);
		assertThat(saved.complianceRate()).isEqualTo(75);
		assertThat(saved.auditDate()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(auditDate.isInvalid()).isFalse();
		assertThat(auditDate.getHelperText()).isEqualTo(EDITED);
		assertThat(notification()).isEqualTo("Page enregistrée.");
	}

	/**
	 * Opens the screen as the browser shows it: the tab sheet attaches the selected tab's
	 * form only before answering the browser.
	 */
	private GeneratedPagesView open() {
		GeneratedPagesView view = navigate(GeneratedPagesView.class);
		roundTrip();
		return view;
	}

	private void tab(String label) {
		test($(TabSheet.class).single()).select(label);
		roundTrip();
	}

	private static TextArea text(GeneratedForm<?> form, String name) {
		return field(form, name, TextArea.class);
	}

	@SuppressWarnings("unchecked")
	private static <C extends HasHelper> C field(GeneratedForm<?> form, String name, Class<? super C> type) {
		return (C) type.cast(form.fields.get(name));
	}

}
