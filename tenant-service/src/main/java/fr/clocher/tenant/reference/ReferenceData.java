package fr.clocher.tenant.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Every current French commune and intercommunality, read once from the CSV files shipped
 * in {@code reference/}.
 */
@Component
public class ReferenceData {

	private final Map<String, ReferenceCommune> communes;

	private final Map<String, ReferenceIntercommunality> intercommunalities;

	public ReferenceData() {
		this.communes = read("reference/communes.csv", ReferenceData::commune, ReferenceCommune::inseeCode);
		this.intercommunalities = read("reference/epci.csv", ReferenceData::intercommunality,
				ReferenceIntercommunality::siren);
	}

	public Optional<ReferenceCommune> commune(String inseeCode) {
		return Optional.ofNullable(this.communes.get(inseeCode));
	}

	public Optional<ReferenceIntercommunality> intercommunality(String siren) {
		return Optional.ofNullable(this.intercommunalities.get(siren));
	}

	public Collection<ReferenceCommune> communes() {
		return Collections.unmodifiableCollection(this.communes.values());
	}

	public Collection<ReferenceIntercommunality> intercommunalities() {
		return Collections.unmodifiableCollection(this.intercommunalities.values());
	}

	private static <T> Map<String, T> read(String path, Function<CSVRecord, T> mapper, Function<T, String> key) {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			Map<String, T> rows = new HashMap<>();
			for (CSVRecord row : format.parse(reader)) {
				T value = mapper.apply(row);
				rows.put(key.apply(value), value);
			}
			return Collections.unmodifiableMap(rows);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the reference data " + path, ex);
		}
	}

	private static ReferenceCommune commune(CSVRecord row) {
		return new ReferenceCommune(row.get("insee_code"), row.get("name"), row.get("department"), row.get("region"),
				row.get("siren"), split(row.get("postal_codes")), parseInt(row.get("population")),
				row.get("epci_siren").isBlank() ? null : row.get("epci_siren"));
	}

	private static ReferenceIntercommunality intercommunality(CSVRecord row) {
		return new ReferenceIntercommunality(row.get("siren"), row.get("name"), row.get("type"),
				parseInt(row.get("population")), split(row.get("member_insee_codes")));
	}

	private static List<String> split(String joined) {
		return joined.isBlank() ? List.of() : List.of(joined.split("\\|"));
	}

	private static int parseInt(String value) {
		return value.isBlank() ? 0 : Integer.parseInt(value);
	}

}
