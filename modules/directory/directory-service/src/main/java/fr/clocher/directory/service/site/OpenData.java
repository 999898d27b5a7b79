package fr.clocher.directory.service.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.clocher.directory.service.categories.CategoryStore.PublicCategory;
import fr.clocher.directory.service.entries.StoredEntry;
import fr.clocher.kernel.site.SiteFile;
import fr.clocher.kernel.site.SiteRequest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.ObjectMapper;

/**
 * The published entries as open data, under the Licence Ouverte 2.0: a CSV (UTF-8 with a
 * byte-order mark, {@code ;}-separated as French spreadsheets expect, the licence in a
 * {@code #} comment line before the header) and a JSON document (the licence in its
 * {@code licence} field). Never a draft, never anything but what the entry's page shows.
 */
final class OpenData {

	static final String LICENCE = "Licence Ouverte 2.0 (Etalab) : "
			+ "https://www.etalab.gouv.fr/wp-content/uploads/2017/04/ETALAB-Licence-Ouverte-v2.0.pdf";

	private static final String[] HEADER = { "id", "nom", "categorie", "description", "adresse", "latitude",
			"longitude", "telephone", "courriel", "site", "horaires", "siret", "page", "verifiee_le" };

	private final ObjectMapper json;

	OpenData(ObjectMapper json) {
		this.json = json;
	}

	SiteFile csv(List<StoredEntry> entries, Map<UUID, PublicCategory> categories, SiteRequest request) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
			.setDelimiter(';')
			.setCommentMarker('#')
			.setHeaderComments(LICENCE, "Source : " + request.canonical("/annuaire"))
			.setHeader(HEADER)
			.get();
		try (CSVPrinter printer = new CSVPrinter(out, format)) {
			for (Map<String, Object> row : rows(entries, categories, request)) {
				printer.printRecord(row.values().stream().map((value) -> (value != null) ? value.toString() : ""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SiteFile(out.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", "annuaire.csv",
				false);
	}

	SiteFile json(List<StoredEntry> entries, Map<UUID, PublicCategory> categories, SiteRequest request) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("licence", LICENCE);
		document.put("source", request.canonical("/annuaire"));
		document.put("entries", rows(entries, categories, request));
		return new SiteFile(this.json.writeValueAsBytes(document), "application/json", "annuaire.json", false);
	}

	private static List<Map<String, Object>> rows(List<StoredEntry> entries, Map<UUID, PublicCategory> categories,
			SiteRequest request) {
		return entries.stream().map((entry) -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put(HEADER[0], entry.id().toString());
			row.put(HEADER[1], entry.name());
			PublicCategory category = categories.get(entry.categoryId());
			row.put(HEADER[2], (category != null) ? category.name() : null);
			row.put(HEADER[3], entry.description());
			row.put(HEADER[4], entry.address());
			row.put(HEADER[5], entry.latitude());
			row.put(HEADER[6], entry.longitude());
			row.put(HEADER[7], entry.phone());
			row.put(HEADER[8], entry.email());
			row.put(HEADER[9], entry.website());
			row.put(HEADER[10], entry.openingHours()
				.stream()
				.map((slot) -> slot.day().charAt(0) + slot.day().substring(1, 2).toLowerCase(java.util.Locale.ROOT)
						+ " " + slot.opens() + "-" + slot.closes())
				.collect(Collectors.joining(", ")));
			row.put(HEADER[11], entry.siret());
			row.put(HEADER[12], request.canonical(entry.publicPath()));
			row.put(HEADER[13], entry.lastConfirmedAt().toString().substring(0, 10));
			return row;
		}).toList();
	}

}
