package fr.clocher.wastebilling.ui.treasury;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import fr.clocher.kernel.ui.ApiCall;
import fr.clocher.wastebilling.api.TreasurySettings;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * The treasury identifiers' fields, checked as they are typed (the formats the PES schema
 * requires) and named as the API names them, so that what tenant-service refuses besides
 * (a SIRET's check digit) shows on its field too.
 */
class TreasuryForm extends FormLayout {

	final TextField postingOffice = field("waste-billing.treasury.posting-office",
			"waste-billing.treasury.posting-office-helper");

	final TextField postingOfficeName = field("waste-billing.treasury.posting-office-name", null);

	final TextField siret = field("waste-billing.treasury.siret", "waste-billing.treasury.siret-helper");

	final TextField collectivityCode = field("waste-billing.treasury.collectivity-code",
			"waste-billing.treasury.collectivity-code-helper");

	final TextField budgetCode = field("waste-billing.treasury.budget-code",
			"waste-billing.treasury.budget-code-helper");

	final TextField budgetName = field("waste-billing.treasury.budget-name", null);

	final TextField productCode = field("waste-billing.treasury.product-code",
			"waste-billing.treasury.product-code-helper");

	final TextField account = field("waste-billing.treasury.account", "waste-billing.treasury.account-helper");

	final TextField function = field("waste-billing.treasury.function", "waste-billing.treasury.function-helper");

	final TextField keyNature = field("waste-billing.treasury.key-nature", "waste-billing.treasury.key-nature-helper");

	/**
	 * The fields of the bills the treasury prints (Edition 07), by their API name without
	 * {@code bills.}, in the screen's order.
	 */
	final Map<String, TextField> bills = new LinkedHashMap<>();

	final Binder<TreasuryDraft> binder = new Binder<>(TreasuryDraft.class);

	TreasuryForm(ApiCall api) {
		required(this.postingOffice, "02[AB][0-9]{3,4}|[0-9]{6,7}", "waste-billing.treasury.posting-office-error")
			.bind(TreasuryDraft::getPostingOffice, TreasuryDraft::setPostingOffice);
		this.binder.forField(this.postingOfficeName)
			.asRequired(translate("waste-billing.treasury.required"))
			.withValidator(new StringLengthValidator(translate("waste-billing.treasury.too-long", 38), 0, 38))
			.bind(TreasuryDraft::getPostingOfficeName, TreasuryDraft::setPostingOfficeName);
		required(this.siret, "[0-9]{14}", "waste-billing.treasury.siret-error").bind(TreasuryDraft::getSiret,
				TreasuryDraft::setSiret);
		required(this.collectivityCode, "[0-9]{3}", "waste-billing.treasury.collectivity-code-error")
			.bind(TreasuryDraft::getCollectivityCode, TreasuryDraft::setCollectivityCode);
		required(this.budgetCode, "[0-9A-Z][0-9]", "waste-billing.treasury.budget-code-error")
			.bind(TreasuryDraft::getBudgetCode, TreasuryDraft::setBudgetCode);
		this.binder.forField(this.budgetName)
			.withValidator(new StringLengthValidator(translate("waste-billing.treasury.too-long", 38), 0, 38))
			.bind(TreasuryDraft::getBudgetName, TreasuryDraft::setBudgetName);
		required(this.productCode, "[0-9A-Za-z]{1,4}", "waste-billing.treasury.product-code-error")
			.bind(TreasuryDraft::getProductCode, TreasuryDraft::setProductCode);
		required(this.account, "[0-9]{1,12}", "waste-billing.treasury.account-error").bind(TreasuryDraft::getAccount,
				TreasuryDraft::setAccount);
		this.binder.forField(this.function)
			.withValidator(new RegexpValidator(translate("waste-billing.treasury.function-error"), "[0-9]{0,10}"))
			.bind(TreasuryDraft::getFunction, TreasuryDraft::setFunction);
		required(this.keyNature, "[0-9]{2}", "waste-billing.treasury.key-nature-error")
			.bind(TreasuryDraft::getKeyNature, TreasuryDraft::setKeyNature);
		api.field("postingOffice", this.postingOffice)
			.field("postingOfficeName", this.postingOfficeName)
			.field("siret", this.siret)
			.field("collectivityCode", this.collectivityCode)
			.field("budgetCode", this.budgetCode)
			.field("budgetName", this.budgetName)
			.field("productCode", this.productCode)
			.field("account", this.account)
			.field("function", this.function)
			.field("keyNature", this.keyNature);
		add(this.postingOffice, this.postingOfficeName, this.siret, this.collectivityCode, this.budgetCode,
				this.budgetName, this.productCode, this.account, this.function, this.keyNature);
		H3 printed = new H3(translate("waste-billing.treasury.bills-title"));
		Paragraph why = new Paragraph(translate("waste-billing.treasury.bills-intro"));
		add(printed, why);
		setColspan(printed, 2);
		setColspan(why, 2);
		bill(api, "issuerName", "waste-billing.treasury.bills.issuer-name", null, null, 38, null);
		bill(api, "issuerStreet", "waste-billing.treasury.bills.issuer-street", null, null, 38, null);
		bill(api, "issuerPostcode", "waste-billing.treasury.bills.issuer-postcode", null, "[0-9]{5}", 5,
				"waste-billing.treasury.postcode-error");
		bill(api, "issuerCity", "waste-billing.treasury.bills.issuer-city", null, null, 38, null);
		bill(api, "issuerNumber", "waste-billing.treasury.bills.issuer-number",
				"waste-billing.treasury.bills.issuer-number-helper", "[0-9A-Za-z]{1,13}", 13,
				"waste-billing.treasury.bills.issuer-number-error");
		bill(api, "signatoryName", "waste-billing.treasury.bills.signatory-name", null, null, 38, null);
		bill(api, "signatoryFirstName", "waste-billing.treasury.bills.signatory-first-name", null, null, 38, null);
		bill(api, "signatoryRole", "waste-billing.treasury.bills.signatory-role",
				"waste-billing.treasury.bills.signatory-role-helper", null, 50, null);
		bill(api, "centreStreet", "waste-billing.treasury.bills.centre-street",
				"waste-billing.treasury.bills.centre-street-helper", null, 38, null);
		bill(api, "centrePostcode", "waste-billing.treasury.bills.centre-postcode", null, "[0-9]{5}", 5,
				"waste-billing.treasury.postcode-error");
		bill(api, "centreCity", "waste-billing.treasury.bills.centre-city", null, null, 38, null);
		bill(api, "collectionTsa", "waste-billing.treasury.bills.collection-tsa",
				"waste-billing.treasury.bills.collection-tsa-helper", null, 38, null);
		bill(api, "collectionPostcode", "waste-billing.treasury.bills.collection-postcode",
				"waste-billing.treasury.bills.collection-postcode-helper", "[0-9]{5}", 5,
				"waste-billing.treasury.postcode-error");
		bill(api, "collectionCity", "waste-billing.treasury.bills.collection-city",
				"waste-billing.treasury.bills.collection-city-helper", null, 38, null);
	}

	/**
	 * A field of the bills, named {@code name} as the API names it without
	 * {@code bills.}: required but the TSA line.
	 */
	private void bill(ApiCall api, String name, String label, String helper, String format, int max, String error) {
		TextField field = field(label, helper);
		Binder.BindingBuilder<TreasuryDraft, String> binding = this.binder.forField(field);
		if (!"collectionTsa".equals(name)) {
			binding = binding.asRequired(translate("waste-billing.treasury.required"));
		}
		binding = binding
			.withValidator(new StringLengthValidator(translate("waste-billing.treasury.too-long", max), 0, max));
		if (format != null) {
			binding = binding.withValidator(new RegexpValidator(translate(error), format));
		}
		binding.bind((draft) -> draft.billText(name), (draft, text) -> draft.bill(name, text));
		api.field("bills." + name, field);
		this.bills.put(name, field);
		add(field);
	}

	void show(TreasurySettings settings) {
		this.binder.readBean(TreasuryDraft.of(settings));
	}

	/**
	 * The settings typed, or null (each refused field showing why) when one is refused.
	 */
	TreasurySettings settings() {
		TreasuryDraft draft = new TreasuryDraft();
		return this.binder.writeBeanIfValid(draft) ? draft.settings() : null;
	}

	private Binder.BindingBuilder<TreasuryDraft, String> required(TextField field, String format, String error) {
		return this.binder.forField(field)
			.asRequired(translate("waste-billing.treasury.required"))
			.withValidator(new RegexpValidator(translate(error), format));
	}

	private static TextField field(String label, String helper) {
		TextField field = new TextField(translate(label));
		if (helper != null) {
			field.setHelperText(translate(helper));
		}
		field.setClearButtonVisible(true);
		return field;
	}

}
