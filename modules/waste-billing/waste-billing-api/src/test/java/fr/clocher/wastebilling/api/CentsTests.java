package fr.clocher.wastebilling.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The one rounding rule, on amounts worked out by hand. */
class CentsTests {

	@Test
	void aProratedAmountIsRoundedOnceToTheNearestCentHalvesAwayFromZero() {
		// 150,00 € a year for 5 months: 62,50 € exactly.
		assertThat(Cents.prorate(15_000, 5, 12)).isEqualTo(6_250);
		// 100,00 € for 4 months: 33,333… € → 33,33 €.
		assertThat(Cents.prorate(10_000, 4, 12)).isEqualTo(3_333);
		// 100,00 € for 8 months: 66,666… € → 66,67 €.
		assertThat(Cents.prorate(10_000, 8, 12)).isEqualTo(6_667);
		// 0,05 € halved: 0,025 € → 0,03 €; a credit note's -0,025 € → -0,03 €.
		assertThat(Cents.prorate(5, 1, 2)).isEqualTo(3);
		assertThat(Cents.prorate(-5, 1, 2)).isEqualTo(-3);
		// 12,340 kg at 0,25 €/kg: 3,085 € → 3,09 €.
		assertThat(Cents.prorate(25, 12_340, 1_000)).isEqualTo(309);
		// 12,339 kg: 3,08475 € → 3,08 €.
		assertThat(Cents.prorate(25, 12_339, 1_000)).isEqualTo(308);
	}

	@Test
	void includedLiftsAreProratedTheSameWay() {
		assertThat(Cents.prorateCount(12, 6, 12)).isEqualTo(6);
		assertThat(Cents.prorateCount(13, 6, 12)).isEqualTo(7);
		assertThat(Cents.prorateCount(26, 5, 12)).isEqualTo(11);
		assertThat(Cents.prorateCount(12, 0, 12)).isZero();
	}

	@Test
	void overflowAndAZeroDenominatorAreRefusedNotWrapped() {
		assertThatIllegalArgumentException().isThrownBy(() -> Cents.prorate(100, 1, 0));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> Cents.prorate(Long.MAX_VALUE, 2, 3));
	}

	@Test
	void amountsAreWrittenTheFrenchWay() {
		assertThat(Cents.format(123_450)).isEqualTo("1 234,50 €");
		assertThat(Cents.format(-705)).isEqualTo("-7,05 €");
		assertThat(Cents.format(-5)).isEqualTo("-0,05 €");
		assertThat(Cents.format(100_000_000)).isEqualTo("1 000 000,00 €");
		assertThat(Cents.format(0)).isEqualTo("0,00 €");
	}

}
