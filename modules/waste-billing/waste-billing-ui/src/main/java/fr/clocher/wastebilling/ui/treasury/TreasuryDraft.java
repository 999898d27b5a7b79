package fr.clocher.wastebilling.ui.treasury;

import java.util.HashMap;
import java.util.Map;

import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;

/** The treasury identifiers while they are edited (the binder's bean). */
public class TreasuryDraft {

	private String postingOffice = "";

	private String postingOfficeName = "";

	private String siret = "";

	private String collectivityCode = "";

	private String budgetCode = "";

	private String budgetName = "";

	private String productCode = "";

	private String account = "";

	private String function = "";

	private String keyNature = "";

	/** The fields of the bills the treasury prints, by their API name. */
	private final Map<String, String> bills = new HashMap<>();

	static TreasuryDraft of(TreasurySettings settings) {
		TreasuryDraft draft = new TreasuryDraft();
		draft.postingOffice = text(settings.postingOffice());
		draft.postingOfficeName = text(settings.postingOfficeName());
		draft.siret = text(settings.siret());
		draft.collectivityCode = text(settings.collectivityCode());
		draft.budgetCode = text(settings.budgetCode());
		draft.budgetName = text(settings.budgetName());
		draft.productCode = text(settings.productCode());
		draft.account = text(settings.account());
		draft.function = text(settings.function());
		draft.keyNature = text(settings.keyNature());
		Bills bills = (settings.bills() != null) ? settings.bills() : Bills.empty();
		draft.bills.put("issuerName", text(bills.issuerName()));
		draft.bills.put("issuerStreet", text(bills.issuerStreet()));
		draft.bills.put("issuerPostcode", text(bills.issuerPostcode()));
		draft.bills.put("issuerCity", text(bills.issuerCity()));
		draft.bills.put("issuerNumber", text(bills.issuerNumber()));
		draft.bills.put("signatoryName", text(bills.signatoryName()));
		draft.bills.put("signatoryFirstName", text(bills.signatoryFirstName()));
		draft.bills.put("signatoryRole", text(bills.signatoryRole()));
		draft.bills.put("centreStreet", text(bills.centreStreet()));
		draft.bills.put("centrePostcode", text(bills.centrePostcode()));
		draft.bills.put("centreCity", text(bills.centreCity()));
		draft.bills.put("collectionTsa", text(bills.collectionTsa()));
		draft.bills.put("collectionPostcode", text(bills.collectionPostcode()));
		draft.bills.put("collectionCity", text(bills.collectionCity()));
		return draft;
	}

	TreasurySettings settings() {
		return new TreasurySettings(value(this.postingOffice), value(this.postingOfficeName), value(this.siret),
				value(this.collectivityCode), value(this.budgetCode), value(this.budgetName), value(this.productCode),
				value(this.account), value(this.function), value(this.keyNature),
				new Bills(bill("issuerName"), bill("issuerStreet"), bill("issuerPostcode"), bill("issuerCity"),
						bill("issuerNumber"), bill("signatoryName"), bill("signatoryFirstName"), bill("signatoryRole"),
						bill("centreStreet"), bill("centrePostcode"), bill("centreCity"), bill("collectionTsa"),
						bill("collectionPostcode"), bill("collectionCity")));
	}

	/** A field of the bills, by its API name ({@code issuerName}). */
	String bill(String field) {
		return value(this.bills.get(field));
	}

	String billText(String field) {
		return text(this.bills.get(field));
	}

	void bill(String field, String text) {
		this.bills.put(field, text);
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private static String value(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public String getPostingOffice() {
		return this.postingOffice;
	}

	public void setPostingOffice(String postingOffice) {
		this.postingOffice = postingOffice;
	}

	public String getPostingOfficeName() {
		return this.postingOfficeName;
	}

	public void setPostingOfficeName(String postingOfficeName) {
		this.postingOfficeName = postingOfficeName;
	}

	public String getSiret() {
		return this.siret;
	}

	public void setSiret(String siret) {
		this.siret = siret;
	}

	public String getCollectivityCode() {
		return this.collectivityCode;
	}

	public void setCollectivityCode(String collectivityCode) {
		this.collectivityCode = collectivityCode;
	}

	public String getBudgetCode() {
		return this.budgetCode;
	}

	public void setBudgetCode(String budgetCode) {
		this.budgetCode = budgetCode;
	}

	public String getBudgetName() {
		return this.budgetName;
	}

	public void setBudgetName(String budgetName) {
		this.budgetName = budgetName;
	}

	public String getProductCode() {
		return this.productCode;
	}

	public void setProductCode(String productCode) {
		this.productCode = productCode;
	}

	public String getAccount() {
		return this.account;
	}

	public void setAccount(String account) {
		this.account = account;
	}

	public String getFunction() {
		return this.function;
	}

	public void setFunction(String function) {
		this.function = function;
	}

	public String getKeyNature() {
		return this.keyNature;
	}

	public void setKeyNature(String keyNature) {
		this.keyNature = keyNature;
	}

}
