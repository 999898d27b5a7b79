package fr.clocher.wastebilling.service.lifts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;

/**
 * The fields of one line of a lift file, checked: each bad field is an error naming the
 * column.
 */
final class LiftFields {

	private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]");

	private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm[:ss]");

	private static final BigDecimal MAX_KG = BigDecimal.valueOf(10_000);

	private static final BigDecimal GRAMS = BigDecimal.valueOf(1000);

	private int errorCount;

	/** The latest a lift may be: now is read once per file, not once per line. */
	private final OffsetDateTime latest = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);

	Optional<LiftLine> line(long line, Map<LiftColumn, String> values, Consumer<LineError> errors) {
		int before = this.errorCount;
		Consumer<LineError> counting = (error) -> {
			this.errorCount++;
			errors.accept(error);
		};
		String tag = values.get(LiftColumn.TAG);
		if (tag.isEmpty() || !isTag(tag)) {
			counting.accept(new LineError(line, "badge",
					tag.isEmpty() ? LocalizedText.of("valeur manquante.", "missing value.") : LocalizedText
						.of("« %s » n'est pas une étiquette de bac (lettres, chiffres, « : . _ - », 40 au plus).",
								"'%s' is not a bin tag (letters, digits, ': . _ -', at most 40).")
						.formatted(clip(tag))));
		}
		OffsetDateTime at = timestamp(line, values.get(LiftColumn.TIMESTAMP), this.latest, counting);
		String truck = values.get(LiftColumn.TRUCK);
		if (truck.isEmpty() || truck.length() > 40) {
			counting.accept(new LineError(line, "camion",
					truck.isEmpty() ? LocalizedText.of("valeur manquante.", "missing value.")
							: LocalizedText.of("40 caractères au plus.", "at most 40 characters.")));
		}
		Long grams = weight(line, values.get(LiftColumn.WEIGHT), counting);
		Double latitude = coordinate(line, "latitude", values.get(LiftColumn.LATITUDE), 90, counting);
		Double longitude = coordinate(line, "longitude", values.get(LiftColumn.LONGITUDE), 180, counting);
		String reference = values.get(LiftColumn.REFERENCE);
		if (reference != null && reference.length() > 150) {
			counting.accept(new LineError(line, "reference",
					LocalizedText.of("150 caractères au plus.", "at most 150 characters.")));
		}
		if (this.errorCount > before) {
			return Optional.empty();
		}
		String sourceRef = (reference != null && !reference.isEmpty()) ? "R|" + reference
				: truck + "|" + tag + "|" + at.toInstant();
		return Optional.of(new LiftLine(line, sourceRef, tag, at, at.atZoneSameInstant(Paris.ZONE).toLocalDate(), grams,
				latitude, longitude, truck));
	}

	private static OffsetDateTime timestamp(long line, String value, OffsetDateTime latest,
			Consumer<LineError> errors) {
		if (value.isEmpty()) {
			errors.accept(new LineError(line, "horodatage", LocalizedText.of("valeur manquante.", "missing value.")));
			return null;
		}
		OffsetDateTime at = parse(value);
		if (at == null) {
			errors.accept(new LineError(line, "horodatage",
					LocalizedText
						.of("« %s » n'est pas une date et heure (2026-03-04T06:12:33, ou 04/03/2026 06:12:33).",
								"'%s' is not a date and time (2026-03-04T06:12:33, or 04/03/2026 06:12:33).")
						.formatted(clip(value))));
			return null;
		}
		if (at.getYear() < 2000 || at.isAfter(latest)) {
			errors.accept(new LineError(line, "horodatage",
					LocalizedText.of("date hors de la période possible (%s).", "date out of the possible range (%s).")
						.formatted(value)));
			return null;
		}
		return at;
	}

	/**
	 * The timestamp, read by the one format its shape names (no failed attempt per line:
	 * an exception each would cost more than the parsing).
	 */
	private static OffsetDateTime parse(String value) {
		LocalDateTime iso = isoLocal(value);
		if (iso != null) {
			return iso.atZone(Paris.ZONE).toOffsetDateTime();
		}
		try {
			if (value.indexOf('/') > 0) {
				return LocalDateTime.parse(value, FRENCH).atZone(Paris.ZONE).toOffsetDateTime();
			}
			if (value.length() > 19
					&& (value.endsWith("Z") || value.indexOf('+', 19) > 0 || value.indexOf('-', 19) > 0)) {
				return OffsetDateTime.parse(value);
			}
			return LocalDateTime.parse(value, (value.indexOf('T') > 0) ? DateTimeFormatter.ISO_LOCAL_DATE_TIME : SPACED)
				.atZone(Paris.ZONE)
				.toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * A tag: a letter or digit, then up to 39 letters, digits or {@code : . _ -} (checked
	 * by hand: a regular expression costs more, once per line of millions).
	 */
	static boolean isTag(String tag) {
		if (tag.length() > 40 || !isAsciiLetterOrDigit(tag.charAt(0))) {
			return false;
		}
		for (int i = 1; i < tag.length(); i++) {
			char c = tag.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != ':' && c != '.' && c != '_' && c != '-') {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	}

	/**
	 * The trucks' usual shape, {@code 2026-03-04T06:12} or {@code 2026-03-04T06:12:33},
	 * read digit by digit; null for any other shape or an impossible date, which the
	 * formatters then read (or refuse) as before.
	 */
	static LocalDateTime isoLocal(String value) {
		int length = value.length();
		if ((length != 16 && length != 19) || value.charAt(4) != '-' || value.charAt(7) != '-'
				|| value.charAt(10) != 'T' || value.charAt(13) != ':' || (length == 19 && value.charAt(16) != ':')) {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 2);
		int day = digits(value, 8, 2);
		int hour = digits(value, 11, 2);
		int minute = digits(value, 14, 2);
		int second = (length == 19) ? digits(value, 17, 2) : 0;
		if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute, second);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static int digits(String value, int from, int count) {
		int number = 0;
		for (int i = from; i < from + count; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	private static Long weight(long line, String value, Consumer<LineError> errors) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		BigDecimal kg;
		try {
			kg = new BigDecimal(value.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			errors.accept(new LineError(line, "poids",
					LocalizedText.of("« %s » n'est pas un poids en kilogrammes.", "'%s' is not a weight in kilograms.")
						.formatted(clip(value))));
			return null;
		}
		if (kg.signum() < 0) {
			errors.accept(new LineError(line, "poids",
					LocalizedText.of("poids négatif (%s kg).", "negative weight (%s kg).").formatted(value)));
			return null;
		}
		if (kg.compareTo(MAX_KG) > 0) {
			errors.accept(new LineError(line, "poids",
					LocalizedText.of("poids impossible pour un bac (%s kg).", "impossible weight for a bin (%s kg).")
						.formatted(value)));
			return null;
		}
		return kg.multiply(GRAMS).setScale(0, RoundingMode.HALF_UP).longValueExact();
	}

	private static Double coordinate(long line, String column, String value, int max, Consumer<LineError> errors) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		try {
			double number = Double.parseDouble(value.replace(',', '.'));
			if (Math.abs(number) <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// Refused below.
		}
		errors.accept(new LineError(line, column,
				LocalizedText
					.of("« %s » n'est pas une coordonnée (entre -%d et %d).", "'%s' is not a coordinate (-%d to %d).")
					.formatted(clip(value), max, max)));
		return null;
	}

	private static String clip(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
