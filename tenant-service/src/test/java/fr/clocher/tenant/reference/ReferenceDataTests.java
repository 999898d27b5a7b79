package fr.clocher.tenant.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTests {

	final ReferenceData reference = new ReferenceData();

	@Test
	void holdsEveryCurrentCommuneAndIntercommunality() {
		assertThat(this.reference.communes()).hasSize(34_969);
		assertThat(this.reference.intercommunalities()).hasSize(1_255);
	}

	@Test
	void readsACommuneWithItsIntercommunality() {
		ReferenceCommune commune = this.reference.commune("31506").orElseThrow();
		assertThat(commune.name()).isEqualTo("Saint-Orens-de-Gameville");
		assertThat(commune.department()).isEqualTo("31");
		assertThat(commune.intercommunalitySiren()).isEqualTo("243100518");
		assertThat(commune.population()).isPositive();
		assertThat(commune.postalCodes()).contains("31650");
	}

	@Test
	void readsAnIntercommunalityWithItsMembersIncludingQuotedNames() {
		assertThat(this.reference.intercommunality("243100633").orElseThrow().memberInseeCodes()).hasSize(36);
		assertThat(this.reference.intercommunality("243100518").orElseThrow().memberInseeCodes()).hasSize(37)
			.contains("31506");
		assertThat(this.reference.intercommunality("200034718").orElseThrow().name())
			.isEqualTo("CC de Vitry, Champagne et Der");
	}

	@Test
	void everyMemberOfAnIntercommunalityIsAKnownCommune() {
		this.reference.intercommunalities()
			.forEach((epci) -> assertThat(epci.memberInseeCodes()).allSatisfy(
					(code) -> assertThat(this.reference.commune(code)).as("%s in %s", code, epci.name()).isPresent()));
	}

}
