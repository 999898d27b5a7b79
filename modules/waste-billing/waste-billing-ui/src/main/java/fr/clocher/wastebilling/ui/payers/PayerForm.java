package fr.clocher.wastebilling.ui.payers;

import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.Payer;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.ui.support.Labels;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A payer's fields, each named as the API names it so that a refusal shows on it. A
 * household is named as the public treasury wants a natural person (civility, first name,
 * surname), a professional by its legal name and SIRET.
 */
class PayerForm extends FormLayout {

	final Select<PayerKind> kind = new Select<>();

	final TextField reference = new TextField(translate("waste-billing.payers.reference"));

	final Select<Civility> civility = new Select<>();

	final TextField firstName = new TextField(translate("waste-billing.payers.first-name"));

	final TextField name = new TextField(translate("waste-billing.payers.surname"));

	final TextField siret = new TextField(translate("waste-billing.payers.siret"));

	final TextField address = new TextField(translate("waste-billing.payers.address"));

	final ComboBox<MemberCommune> commune = new ComboBox<>(translate("waste-billing.payers.commune"));

	final IntegerField householdSize = new IntegerField(translate("waste-billing.payers.household-size"));

	final TextField professionalCategory = new TextField(translate("waste-billing.payers.category"));

	final DatePicker activeFrom = new DatePicker(translate("waste-billing.payers.active-from"));

	final DatePicker activeTo = new DatePicker(translate("waste-billing.payers.active-to"));

	PayerForm(ApiCall api) {
		this.kind.setLabel(translate("waste-billing.payers.kind"));
		this.kind.setItems(PayerKind.values());
		this.kind.setItemLabelGenerator(Labels::of);
		this.kind.setValue(PayerKind.HOUSEHOLD);
		this.kind.addValueChangeListener((event) -> showKind());
		this.civility.setLabel(translate("waste-billing.payers.civility"));
		this.civility.setItems(Civility.values());
		this.civility.setItemLabelGenerator((civility) -> (civility != null) ? Labels.of(civility) : "");
		this.civility.setEmptySelectionAllowed(true);
		this.civility.setHelperText(translate("waste-billing.payers.identity-helper"));
		this.firstName.setHelperText(translate("waste-billing.payers.identity-helper"));
		this.firstName.setMaxLength(100);
		this.siret.setHelperText(translate("waste-billing.payers.siret-helper"));
		this.siret.setPattern("[0-9 ]{14,17}");
		this.siret.setMaxLength(17);
		this.commune.setItemLabelGenerator(MemberCommune::name);
		this.householdSize.setMin(1);
		this.householdSize.setStepButtonsVisible(true);
		this.activeTo.setHelperText(translate("waste-billing.payers.active-to-helper"));
		this.professionalCategory.setHelperText(translate("waste-billing.payers.category-helper"));
		api.field("kind", this.kind)
			.field("reference", this.reference)
			.field("civility", this.civility)
			.field("firstName", this.firstName)
			.field("name", this.name)
			.field("siret", this.siret)
			.field("address", this.address)
			.field("communeId", this.commune)
			.field("householdSize", this.householdSize)
			.field("professionalCategory", this.professionalCategory)
			.field("activeFrom", this.activeFrom)
			.field("activeTo", this.activeTo);
		add(this.kind, this.reference, this.civility, this.firstName, this.name, this.siret, this.address, this.commune,
				this.householdSize, this.professionalCategory, this.activeFrom, this.activeTo);
		showKind();
	}

	void communes(List<MemberCommune> communes) {
		this.commune.setItems(communes);
		if (communes.size() == 1) {
			this.commune.setValue(communes.getFirst());
		}
	}

	void show(Payer payer) {
		this.kind.setValue(payer.kind());
		this.reference.setValue(payer.reference());
		this.civility.setValue(payer.civility());
		this.firstName.setValue((payer.firstName() != null) ? payer.firstName() : "");
		this.name.setValue(payer.name());
		this.siret.setValue((payer.siret() != null) ? payer.siret() : "");
		this.address.setValue((payer.address() != null) ? payer.address() : "");
		this.commune.getListDataView()
			.getItems()
			.filter((commune) -> commune.id().equals(payer.communeId()))
			.findFirst()
			.ifPresent(this.commune::setValue);
		this.householdSize.setValue(payer.householdSize());
		this.professionalCategory.setValue((payer.professionalCategory() != null) ? payer.professionalCategory() : "");
		this.activeFrom.setValue(payer.activeFrom());
		this.activeTo.setValue(payer.activeTo());
	}

	PayerDraft draft() {
		boolean household = this.kind.getValue() != PayerKind.PROFESSIONAL;
		return new PayerDraft(this.kind.getValue(), this.reference.getValue().strip(), this.name.getValue().strip(),
				this.address.getValue().strip(),
				(this.commune.getValue() != null) ? this.commune.getValue().id() : null,
				household ? this.householdSize.getValue() : null,
				household ? null : blankToNull(this.professionalCategory.getValue()), this.activeFrom.getValue(),
				this.activeTo.getValue(), household ? this.civility.getValue() : null,
				household ? blankToNull(this.firstName.getValue()) : null,
				household ? null : blankToNull(this.siret.getValue().replace(" ", "")));
	}

	private void showKind() {
		boolean household = this.kind.getValue() != PayerKind.PROFESSIONAL;
		this.householdSize.setVisible(household);
		this.civility.setVisible(household);
		this.firstName.setVisible(household);
		this.professionalCategory.setVisible(!household);
		this.siret.setVisible(!household);
		this.name.setLabel(translate(household ? "waste-billing.payers.surname" : "waste-billing.payers.legal-name"));
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

}
