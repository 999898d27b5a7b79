package fr.clocher.wastebilling.service.treasury;

import java.time.Clock;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.service.support.WasteChanges;

import org.springframework.transaction.annotation.Transactional;

/** Reads and saves the tenant's treasury identifiers, every field checked first. */
class TreasurySettingsService {

	private final TreasuryStore store;

	private final WasteChanges changes;

	private final Clock clock;

	TreasurySettingsService(TreasuryStore store, WasteChanges changes, Clock clock) {
		this.store = store;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	TreasurySettings get() {
		return this.store.settings().orElse(TreasurySettings.empty());
	}

	@Transactional
	TreasurySettings save(TreasurySettings given) {
		TreasuryRules.check(given).throwIfAny();
		TreasurySettings settings = TreasuryRules.cleaned(given);
		this.store.save(settings, this.clock.instant());
		this.changes.record(LocalizedText
			.of("Identifiants du Trésor enregistrés (poste %s, SIRET %s)",
					"Treasury identifiers saved (posting office %s, SIRET %s)")
			.formatted(settings.postingOffice(), settings.siret()));
		return settings;
	}

}
