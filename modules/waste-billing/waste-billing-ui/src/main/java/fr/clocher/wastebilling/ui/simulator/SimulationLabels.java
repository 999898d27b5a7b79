package fr.clocher.wastebilling.ui.simulator;

import java.util.Locale;

import fr.clocher.wastebilling.api.HouseholdType;

import static com.vaadin.flow.i18n.I18NProvider.translate;

/** The household types' names in the secretary's language. */
final class SimulationLabels {

	private SimulationLabels() {
	}

	static String type(HouseholdType type) {
		return translate(key(type));
	}

	static String type(HouseholdType type, Locale locale) {
		return translate(locale, key(type));
	}

	private static String key(HouseholdType type) {
		return switch (type) {
			case ONE_PERSON -> "waste-billing.simulator.type.one-person";
			case TWO_PERSONS -> "waste-billing.simulator.type.two-persons";
			case THREE_PERSONS -> "waste-billing.simulator.type.three-persons";
			case FOUR_PERSONS -> "waste-billing.simulator.type.four-persons";
			case FIVE_OR_MORE -> "waste-billing.simulator.type.five-or-more";
			case PROFESSIONAL -> "waste-billing.simulator.type.professional";
		};
	}

}
