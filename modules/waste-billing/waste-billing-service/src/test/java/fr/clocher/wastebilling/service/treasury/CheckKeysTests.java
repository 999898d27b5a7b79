package fr.clocher.wastebilling.service.treasury;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The articles' check keys, worked out by hand from the rule the README states (the
 * schema's annotations: modulo 11 and modulo 23).
 */
class CheckKeysTests {

	@Test
	void theFirstKeyIsTheRemainderBy11OfCollectivityNatureYearPeriodAndDebt() {
		// 031 12 26 1 2026000001: 031122612026000001 mod 11 = 1
		assertThat(CheckKeys.first("031", "12", 2026, 1, 2026000001L)).isEqualTo("1");
		// 031122612026000010 mod 11 = 10, written 0
		assertThat(CheckKeys.first("031", "12", 2026, 1, 2026000010L)).isEqualTo("0");
	}

	@Test
	void theSecondKeyIsTheLetterOfTheRemainderBy23OfYearPeriod00AndDebt() {
		// 26 1 00 2026000001 = 261002026000001 mod 23 = 2 → C
		assertThat(CheckKeys.second(2026, 1, 2026000001L)).isEqualTo("C");
		assertThat(CheckKeys.second(2026, 2, 2026000001L)).matches("[A-W]");
	}

}
