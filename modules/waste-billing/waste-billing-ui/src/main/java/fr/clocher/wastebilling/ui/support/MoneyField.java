package fr.clocher.wastebilling.ui.support;

import com.vaadin.flow.component.textfield.TextField;

import fr.clocher.kernel.ui.WorkspaceCommune;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/**
 * A field for an amount in euros, kept as integer cents: it says on itself when what was
 * typed is not an amount.
 */
public class MoneyField extends TextField {

	public MoneyField(String label) {
		super(label);
		setSuffixComponent(new com.vaadin.flow.component.html.Span("€"));
		setAllowedCharPattern("[0-9 ,.]");
		addValueChangeListener((event) -> cents());
	}

	/** Shows an amount, empty for null. */
	public void setCents(Long cents) {
		setValue(Money.plain(cents, WorkspaceCommune.locale()));
	}

	/**
	 * The amount typed, in cents; null when empty or not an amount (then the field says
	 * so).
	 * @return the cents or null
	 */
	public Long cents() {
		if (getValue().isBlank()) {
			setInvalid(false);
			return null;
		}
		Long cents = Money.parse(getValue(), WorkspaceCommune.locale()).orElse(null);
		setInvalid(cents == null);
		if (cents == null) {
			setErrorMessage(translate("waste-billing.money.invalid"));
		}
		return cents;
	}

}
