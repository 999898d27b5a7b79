package fr.clocher.bench.wastebilling;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Random;
import java.util.UUID;

import fr.clocher.kernel.api.Paris;

/**
 * The trucks' lift file of the half-year, generated from a seed: for every payer's bin,
 * {@code liftsPerPayer} lifts on distinct days between 1 January and 29 June, one in ten
 * without a weight; one lift in 500 payers of an unknown tag. Written twice with the same
 * lifts: as the trucks send it (what the import reads) and in {@code waste_lift}'s own
 * columns (what the raw {@code COPY} reads).
 *
 * @param trucks the file the import reads
 * @param table the same lifts in {@code waste_lift}'s columns
 * @param lines the lifts in each
 */
record LiftFiles(Path trucks, Path table, long lines) {

	private static final LocalDate START = LocalDate.of(2026, 1, 1);

	private static final int DAYS = 180;

	static LiftFiles write(Path directory, BenchOptions options, UUID tenant) throws IOException {
		Files.createDirectories(directory);
		Path trucks = directory.resolve("levees-2026-s1.csv");
		Path table = directory.resolve("levees-2026-s1.copy.csv");
		Random random = new Random(options.seed());
		UUID importId = new UUID(options.seed(), 0);
		int[] days = new int[DAYS];
		long line = 1;
		try (BufferedWriter file = Files.newBufferedWriter(trucks, StandardCharsets.UTF_8);
				BufferedWriter copy = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
			file.write("badge;horodatage;poids;camion\n");
			for (int payer = 1; payer <= options.payers(); payer++) {
				String tag = "TAG%07d".formatted(payer);
				for (int d = 0; d < DAYS; d++) {
					days[d] = d;
				}
				for (int k = 0; k < options.liftsPerPayer() + ((payer % 500 == 0) ? 1 : 0); k++) {
					int pick = k + random.nextInt(DAYS - k);
					int day = days[pick];
					days[pick] = days[k];
					days[k] = day;
					String lifted = tag;
					if (k == options.liftsPerPayer()) {
						lifted = "TAGX%07d".formatted(payer);
					}
					LocalDateTime at = START.plusDays(day)
						.atTime(5 + random.nextInt(7), random.nextInt(60), random.nextInt(60));
					Long grams = (random.nextInt(10) == 0) ? null : 3_000L + random.nextInt(43_000);
					String truck = "C" + (payer % 12);
					line++;
					file.write(
							lifted + ';' + at + ';' + ((grams != null) ? kilograms(grams) : "") + ';' + truck + '\n');
					OffsetDateTime offset = at.atZone(Paris.ZONE).toOffsetDateTime();
					copy.write(tenant + "," + '"' + truck + '|' + lifted + '|' + offset.toInstant() + "\"," + importId
							+ ',' + line + ',' + lifted + ",," + offset + ',' + at.toLocalDate() + ','
							+ ((grams != null) ? grams : "") + ",,," + truck + ",\n");
				}
			}
		}
		return new LiftFiles(trucks, table, line - 1);
	}

	private static String kilograms(long grams) {
		return (grams / 1000) + "," + "%03d".formatted(grams % 1000);
	}

}
