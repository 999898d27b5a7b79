package fr.clocher.wastebilling.service.lifts;

import java.util.List;
import java.util.Optional;

import fr.clocher.wastebilling.service.support.SearchText;

/**
 * The columns a lift file may have, each under its French or English names (case and
 * accents ignored).
 */
enum LiftColumn {

	TAG(true, "badge", "tag", "puce", "rfid"),

	TIMESTAMP(true, "horodatage", "timestamp", "date_heure", "date heure"),

	TRUCK(true, "camion", "truck", "vehicule"),

	WEIGHT(false, "poids", "poids_kg", "poids (kg)", "weight", "weight_kg"),

	LATITUDE(false, "latitude", "lat"),

	LONGITUDE(false, "longitude", "lon", "lng"),

	REFERENCE(false, "reference", "ref", "id_levee", "lift_id");

	private final boolean required;

	private final List<String> names;

	LiftColumn(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	boolean required() {
		return this.required;
	}

	/** The column's name in French, as the errors write it. */
	String frenchName() {
		return this.names.get(0);
	}

	static Optional<LiftColumn> named(String header) {
		String name = SearchText.of(header);
		for (LiftColumn column : values()) {
			if (column.names.contains(name)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}

}
