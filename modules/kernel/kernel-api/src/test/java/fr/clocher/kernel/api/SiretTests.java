package fr.clocher.kernel.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiretTests {

	@Test
	void theLuhnKeyDecides() {
		// Numbers whose Luhn sum is a multiple of 10, and the same one digit off.
		assertThat(Siret.valid("12000101100010")).isTrue();
		assertThat(Siret.valid("12000101100011")).isFalse();
		assertThat(Siret.valid("73282932000074")).isTrue();
		assertThat(Siret.valid("73282932000075")).isFalse();
	}

	@Test
	void laPostesEstablishmentsAddUpToAMultipleOfFive() {
		assertThat(Siret.valid("35600000051015")).as("3+5+6+5+1+1+5 = 26").isFalse();
		assertThat(Siret.valid("35600000052100")).as("3+5+6+5+2+1 = 22").isFalse();
		assertThat(Siret.valid("35600000051410")).as("3+5+6+5+1+4+1 = 25").isTrue();
		assertThat(Siret.valid("35600000000048")).as("the head office follows Luhn").isTrue();
	}

	@Test
	void onlyFourteenDigitsAreASiret() {
		assertThat(Siret.wellFormed("1200010110001")).isFalse();
		assertThat(Siret.wellFormed("120 001 011 00010")).isFalse();
		assertThat(Siret.wellFormed(null)).isFalse();
		assertThat(Siret.valid("1200010110001A")).isFalse();
		assertThat(Siret.wellFormed("12000101100010")).isTrue();
	}

}
