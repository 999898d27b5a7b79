package fr.clocher.kernel.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettingsValidationTests {

	private final ModuleDescriptor module = new ModuleDescriptor("notice-board", LocalizedText.of("Panneau", "Board"),
			LocalizedText.of("Un panneau", "A board"),
			List.of(SettingDescriptor.integer("itemsPerPage", LocalizedText.of("Éléments", "Items"), 10, 1, 50),
					SettingDescriptor.flag("showDates", LocalizedText.of("Dates", "Dates"), true),
					SettingDescriptor.choice("layout", LocalizedText.of("Mise en page", "Layout"), "list",
							List.of("list", "grid")),
					new SettingDescriptor("contact", SettingType.EMAIL, LocalizedText.of("Contact", "Contact"), null,
							null, false, null, 120L, null)),
			List.of(), Set.of());

	@Test
	void absentValuesTakeTheirDefaults() {
		SettingsValidation result = SettingsValidation.check(this.module, Map.of());
		assertThat(result.valid()).isTrue();
		assertThat(result.values()).containsEntry("itemsPerPage", 10L)
			.containsEntry("showDates", true)
			.containsEntry("layout", "list")
			.doesNotContainKey("contact");
	}

	@Test
	void givenValuesAreNormalised() {
		SettingsValidation result = SettingsValidation.check(this.module,
				Map.of("itemsPerPage", "25", "showDates", "false", "contact", " mairie@exemple.fr "));
		assertThat(result.values()).containsEntry("itemsPerPage", 25L)
			.containsEntry("showDates", false)
			.containsEntry("contact", "mairie@exemple.fr");
	}

	@Test
	void eachRefusedFieldIsNamedWithItsReasonInBothLanguages() {
		SettingsValidation result = SettingsValidation.check(this.module,
				Map.of("itemsPerPage", 51, "layout", "carousel", "contact", "not-an-address", "colour", "#fff"));
		assertThat(result.valid()).isFalse();
		assertThat(result.values()).isEmpty();
		assertThat(result.violations()).extracting(SettingViolation::setting)
			.containsExactlyInAnyOrder("itemsPerPage", "layout", "contact", "colour");
		SettingViolation tooMany = result.violations()
			.stream()
			.filter((v) -> v.setting().equals("itemsPerPage"))
			.findFirst()
			.orElseThrow();
		assertThat(tooMany.reason().in(Locale.FRENCH)).isEqualTo("La valeur doit être au plus 50.");
		assertThat(tooMany.reason().in(Locale.ENGLISH)).isEqualTo("The value must be at most 50.");
	}

	@Test
	void wrongTypesAreRefused() {
		SettingsValidation result = SettingsValidation.check(this.module,
				Map.of("itemsPerPage", "ten", "showDates", "yes"));
		assertThat(result.violations()).extracting(SettingViolation::setting)
			.containsExactlyInAnyOrder("itemsPerPage", "showDates");
	}

	@Test
	void requiredSettingWithoutDefaultIsRefusedWhenAbsent() {
		ModuleDescriptor strict = new ModuleDescriptor(
				"strict", LocalizedText.of("a", "a"), LocalizedText.of("a", "a"), List.of(new SettingDescriptor("siret",
						SettingType.TEXT, LocalizedText.of("SIRET", "SIRET"), null, null, true, 14L, 14L, null)),
				List.of(), Set.of(TenantKind.INTERCOMMUNALITY));
		assertThat(SettingsValidation.check(strict, Map.of()).violations()).singleElement()
			.extracting(SettingViolation::setting)
			.isEqualTo("siret");
		assertThat(SettingsValidation.check(strict, Map.of("siret", "123")).valid()).isFalse();
		assertThat(SettingsValidation.check(strict, Map.of("siret", "12345678901234")).valid()).isTrue();
		assertThat(strict.allows(TenantKind.COMMUNE)).isFalse();
	}

	@Test
	void malformedModuleKeysAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ModuleDescriptor("Waste Billing",
				LocalizedText.of("a", "a"), LocalizedText.of("a", "a"), List.of(), List.of(), Set.of()));
	}

}
