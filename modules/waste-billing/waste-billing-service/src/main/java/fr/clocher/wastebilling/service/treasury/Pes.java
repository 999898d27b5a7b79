package fr.clocher.wastebilling.service.treasury;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * The small conversions every block of the file needs: a value into the schema's
 * {@code V} attribute types, cents into a decimal amount, a date, and a text into the
 * postal norm (capitals, no accents, within the field's length).
 */
final class Pes {

	static final DatatypeFactory DATES;

	static {
		try {
			DATES = DatatypeFactory.newInstance();
		}
		catch (DatatypeConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Pes() {
	}

	/** A schema type holding one value in its {@code V} attribute. */
	static <T, V> T v(Supplier<T> type, BiConsumer<T, V> setter, V value) {
		T holder = type.get();
		setter.accept(holder, value);
		return holder;
	}

	static BigDecimal amount(long cents) {
		return BigDecimal.valueOf(cents, 2);
	}

	static XMLGregorianCalendar date(LocalDate date) {
		return DATES.newXMLGregorianCalendar(date.toString());
	}

	/** Capitals without accents, the characters the post reads, at most {@code max}. */
	static String postal(String text, int max) {
		String plain = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('’', '\'')
			.toUpperCase(java.util.Locale.ROOT)
			.replaceAll("[^A-Z0-9 '\\-/,.&]", " ")
			.replaceAll("\\s+", " ")
			.strip();
		return (plain.length() > max) ? plain.substring(0, max).strip() : plain;
	}

	/** A free text within {@code max} characters (objects of pieces and lines). */
	static String text(String text, int max) {
		String plain = text.replaceAll("\\s+", " ").strip();
		return (plain.length() > max) ? plain.substring(0, max - 1).strip() + "…" : plain;
	}

}
