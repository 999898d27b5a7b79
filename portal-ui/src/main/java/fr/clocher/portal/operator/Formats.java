package fr.clocher.portal.operator;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import fr.clocher.kernel.api.Paris;

/**
 * Numbers, sizes and dates as an operator in France reads them.
 */
public final class Formats {

	private Formats() {
	}

	/**
	 * @param value a count
	 * @param locale the reader's language
	 * @return the count with grouping ({@code 12 957})
	 */
	public static String number(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/**
	 * @param bytes a size
	 * @param locale the reader's language
	 * @return the size in MB or GB ({@code 12,5 Mo} in French)
	 */
	public static String size(long bytes, Locale locale) {
		boolean french = !"en".equals(locale.getLanguage());
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		double megabytes = bytes / (1024.0 * 1024.0);
		if (megabytes >= 1024) {
			return format.format(megabytes / 1024) + (french ? "\u00a0Go" : " GB");
		}
		return format.format(megabytes) + (french ? "\u00a0Mo" : " MB");
	}

	/**
	 * @param at an instant, or null
	 * @param locale the reader's language
	 * @return the date and time in Paris, or an empty string
	 */
	public static String dateTime(Instant at, Locale locale) {
		return (at == null) ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(Paris.ZONE)
					.format(at);
	}

}
