package fr.clocher.wastebilling.service.lifts;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fr.clocher.kernel.api.LocalizedText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a lift file as a stream, line by line: each valid line goes to the sink, each bad
 * one to the errors. A bad header or encoding stops the reading (nothing after it can be
 * trusted); a bad line does not, so that the secretary learns every bad line at once.
 */
final class LiftFileReader {

	private static final char REPLACEMENT = '\uFFFD';

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final LiftFields fields = new LiftFields();

	/**
	 * Reads the whole file.
	 * @return the data lines read (empty lines are not counted)
	 */
	long read(InputStream input, Charset charset, Consumer<LiftLine> sink, Consumer<LineError> errors) {
		try {
			BufferedInputStream in = new BufferedInputStream(input, 1 << 16);
			Charset actual = skipBom(in, charset, errors);
			if (actual == null) {
				return 0;
			}
			// Bytes that are not characters of the encoding become U+FFFD, found line by
			// line.
			BufferedReader reader = new BufferedReader(new InputStreamReader(in,
					actual.newDecoder()
						.onMalformedInput(CodingErrorAction.REPLACE)
						.onUnmappableCharacter(CodingErrorAction.REPLACE)),
					1 << 16);
			String header = reader.readLine();
			if (header != null && header.indexOf(REPLACEMENT) >= 0) {
				errors.accept(encoding(1, actual));
				return 0;
			}
			if (header == null || header.isBlank()) {
				errors.accept(new LineError(1, null, LocalizedText.of(
						"le fichier est vide : la première ligne doit nommer les colonnes (badge;horodatage;camion;poids).",
						"the file is empty: its first line must name the columns (badge;horodatage;camion;poids).")));
				return 0;
			}
			char delimiter = delimiter(header);
			CSVFormat format = CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.setIgnoreEmptyLines(false)
				.setTrim(true)
				.get();
			List<LiftColumn> columns = columns(header, format, errors);
			if (columns == null) {
				return 0;
			}
			return records(reader, format, columns, actual, sink, errors);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long records(BufferedReader reader, CSVFormat format, List<LiftColumn> columns, Charset charset,
			Consumer<LiftLine> sink, Consumer<LineError> errors) throws IOException {
		long lines = 0;
		long line = 1;
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					errors.accept(new LineError(line + 1, null, LocalizedText
						.of("ligne illisible (guillemet non fermé ?).", "unreadable line (a quote not closed?).")));
					return lines;
				}
				line = record.getRecordNumber() + 1;
				if (record.size() == 1 && record.get(0).isEmpty()) {
					continue;
				}
				lines++;
				if (hasReplacement(record)) {
					errors.accept(encoding(line, charset));
					continue;
				}
				if (record.size() != columns.size()) {
					errors.accept(new LineError(line, null,
							LocalizedText
								.of("%d valeurs pour %d colonnes (séparateur « %s »).",
										"%d values for %d columns (separator '%s').")
								.formatted(record.size(), columns.size(), separatorName(format.getDelimiterString()))));
					continue;
				}
				Map<LiftColumn, String> values = new EnumMap<>(LiftColumn.class);
				for (int i = 0; i < columns.size(); i++) {
					values.put(columns.get(i), record.get(i));
				}
				this.fields.line(line, values, errors).ifPresent(sink);
			}
		}
		return lines;
	}

	/** Whether a value holds a character the encoding could not read. */
	private static boolean hasReplacement(CSVRecord record) {
		for (int i = 0; i < record.size(); i++) {
			if (record.get(i).indexOf(REPLACEMENT) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Skips a UTF-8 BOM (the file is then UTF-8, whatever was said); null after a fatal
	 * error.
	 */
	private static Charset skipBom(BufferedInputStream in, Charset charset, Consumer<LineError> errors)
			throws IOException {
		in.mark(4);
		byte[] start = in.readNBytes(3);
		if (start.length == 3 && start[0] == UTF8_BOM[0] && start[1] == UTF8_BOM[1] && start[2] == UTF8_BOM[2]) {
			return StandardCharsets.UTF_8;
		}
		in.reset();
		if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
				|| (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
			errors.accept(new LineError(1, null,
					LocalizedText.of(
							"le fichier est en UTF-16 : enregistrez-le en UTF-8 (ou en Windows-1252) et renvoyez-le.",
							"the file is UTF-16: save it as UTF-8 (or Windows-1252) and send it again.")));
			return null;
		}
		return charset;
	}

	/** The header's separator: the most frequent of {@code ;}, {@code ,} and tab. */
	private static char delimiter(String header) {
		char best = ';';
		long most = 0;
		for (char candidate : new char[] { ';', ',', '\t' }) {
			long count = header.chars().filter((c) -> c == candidate).count();
			if (count > most) {
				most = count;
				best = candidate;
			}
		}
		return best;
	}

	private static List<LiftColumn> columns(String header, CSVFormat format, Consumer<LineError> errors)
			throws IOException {
		List<String> names;
		try (CSVParser parser = CSVParser.parse(new StringReader(header), format)) {
			names = parser.getRecords().get(0).toList();
		}
		List<LiftColumn> columns = new ArrayList<>();
		boolean bad = false;
		for (String name : names) {
			Optional<LiftColumn> column = LiftColumn.named(name.replace("\"", ""));
			if (column.isEmpty() || columns.contains(column.get())) {
				bad = true;
				errors.accept(new LineError(1, name, column.isEmpty() ? LocalizedText.of(
						"colonne inconnue. Colonnes attendues, séparées par « ; » : badge, horodatage, camion, et si besoin poids, latitude, longitude, reference.",
						"unknown column. Expected columns, separated by ';': badge, horodatage, camion, and if needed poids, latitude, longitude, reference.")
						: LocalizedText.of("colonne en double.", "column given twice.")));
				continue;
			}
			columns.add(column.get());
		}
		for (LiftColumn column : LiftColumn.values()) {
			if (column.required() && !columns.contains(column)) {
				bad = true;
				errors.accept(new LineError(1, column.frenchName(),
						LocalizedText.of("colonne manquante.", "missing column.")));
			}
		}
		return bad ? null : columns;
	}

	private static LineError encoding(long line, Charset charset) {
		return new LineError(line, null, LocalizedText.of(
				"caractère illisible en %s : le fichier semble encodé en Latin-1 (Windows-1252). Renvoyez-le avec l'encodage windows-1252, ou enregistrez-le en UTF-8.",
				"unreadable character in %s: the file looks encoded in Latin-1 (Windows-1252). Send it again with the encoding windows-1252, or save it as UTF-8.")
			.formatted(charset.name()));
	}

	private static String separatorName(String delimiter) {
		return "\t".equals(delimiter) ? "tabulation" : delimiter;
	}

}
