package fr.clocher.wastebilling.ui.support;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amounts read and written exactly: no {@code double} on the way, so a price typed is the
 * price saved, to the cent, however large.
 */
class MoneyTests {

	@Test
	void frenchIsReadWithADecimalCommaOrPointAndSpaces() {
		assertThat(Money.parse("1 234,56", Locale.FRENCH)).contains(123456L);
		assertThat(Money.parse("1\u00a0234,5 €", Locale.FRENCH)).contains(123450L);
		assertThat(Money.parse("0.07", Locale.FRENCH)).contains(7L);
		assertThat(Money.parse("80", Locale.FRENCH)).contains(8000L);
		assertThat(Money.parse("0,29", Locale.FRENCH)).contains(29L);
	}

	@Test
	void englishReadsACommaAsAThousandsSeparator() {
		assertThat(Money.parse("1,234.56", Locale.ENGLISH)).contains(123456L);
		assertThat(Money.parse("€12.3", Locale.ENGLISH)).contains(1230L);
	}

	@Test
	void whatIsNotAnAmountIsRefused() {
		assertThat(Money.parse("150,505", Locale.FRENCH)).isEmpty();
		assertThat(Money.parse("-5", Locale.FRENCH)).isEmpty();
		assertThat(Money.parse("1,2,3", Locale.FRENCH)).isEmpty();
		assertThat(Money.parse("douze", Locale.FRENCH)).isEmpty();
		assertThat(Money.parse("", Locale.FRENCH)).isEmpty();
		assertThat(Money.parse("99999999999999999999", Locale.FRENCH)).isEmpty();
	}

	@Test
	void largeAmountsStayExactWhereADoubleWouldNot() {
		assertThat(Money.parse("90071992547409,93", Locale.FRENCH)).contains(9007199254740993L);
		assertThat(Money.format(9007199254740993L, Locale.FRENCH))
			.isEqualTo("90\u00a0071\u00a0992\u00a0547\u00a0409,93\u00a0€");
	}

	@Test
	void amountsAreWrittenInTheReadersLanguage() {
		assertThat(Money.format(123450, Locale.FRENCH)).isEqualTo("1\u00a0234,50\u00a0€");
		assertThat(Money.format(123450, Locale.ENGLISH)).isEqualTo("€1,234.50");
		assertThat(Money.format(-350, Locale.FRENCH)).isEqualTo("-3,50\u00a0€");
		assertThat(Money.plain(15000L, Locale.FRENCH)).isEqualTo("150,00");
		assertThat(Money.plain(15000L, Locale.ENGLISH)).isEqualTo("150.00");
	}

}
