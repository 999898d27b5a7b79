package fr.clocher.wastebilling.ui.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts in integer cents as the secretary reads and types them in euros: written in her
 * language ({@code 1 234,50 €}, {@code €1,234.50}), read back exactly through
 * {@link BigDecimal}, never through a {@code double}.
 */
public final class Money {

	private static final Currency EURO = Currency.getInstance("EUR");

	private Money() {
	}

	/**
	 * Writes an amount in euros.
	 * @param cents the amount
	 * @param locale the reader's language
	 * @return the amount, with non-breaking spaces where French puts spaces
	 */
	public static String format(long cents, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(english(locale) ? Locale.UK : Locale.FRANCE);
		format.setCurrency(EURO);
		return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', '\u00a0');
	}

	/**
	 * Writes an amount without the currency sign, as the secretary types it back.
	 * @param cents the amount, or null
	 * @param locale the reader's language
	 * @return the amount ({@code 150,00}, {@code 150.00}), empty for null
	 */
	public static String plain(Long cents, Locale locale) {
		if (cents == null) {
			return "";
		}
		String text = BigDecimal.valueOf(cents, 2).toPlainString();
		return english(locale) ? text : text.replace('.', ',');
	}

	/**
	 * Reads an amount in euros typed by the secretary: spaces and the euro sign ignored,
	 * a decimal comma (French) or point, at most two decimals, not negative.
	 * @param text what was typed
	 * @param locale her language (English reads a comma as a thousands separator)
	 * @return the cents, or empty when the text is not an amount
	 */
	public static Optional<Long> parse(String text, Locale locale) {
		String compact = text.strip().replaceAll("[\\s\u00a0\u202f€]", "");
		compact = english(locale) ? compact.replace(",", "") : compact.replace(',', '.');
		if (!compact.matches("\\d+(\\.\\d{1,2})?")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(compact).movePointRight(2).longValueExact());
		}
		catch (ArithmeticException ex) {
			return Optional.empty();
		}
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
