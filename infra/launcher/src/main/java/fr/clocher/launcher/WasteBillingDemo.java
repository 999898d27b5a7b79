package fr.clocher.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.clocher.wastebilling.api.AssignmentDraft;
import fr.clocher.wastebilling.api.BinDraft;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.FlatRate;
import fr.clocher.wastebilling.api.PayerDraft;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.VolumeTariff;
import fr.clocher.wastebilling.api.WasteBilling;
import tools.jackson.databind.JsonNode;

/**
 * The waste billing demo of the intercommunality, through the module's API as a
 * secretary's screens call it: the module on, this year's tariff grid, a few dozen payers
 * in its member communes with a bin each, and two lift files of the collection trucks to
 * import by hand (one with anomalies the report shows, one the import refuses for a bad
 * date and a negative weight). Whatever is there already is left as it is, so running it
 * again changes nothing, even after a run of the year was issued.
 */
final class WasteBillingDemo {

	/** Payers seeded in each member commune, over the first four. */
	static final int PAYERS_PER_COMMUNE = 9;

	private static final int COMMUNES = 4;

	private static final String PREFIX = "DEMO-";

	/** A bin nobody holds: its lifts are reported as anomalies. */
	private static final String SPARE_TAG = "DEMO-BAC-RESERVE";

	/** Households' first names, the public treasury wanting them (with the civility). */
	private static final String[] FIRST_NAMES = { "Louis", "Jade", "Gabriel", "Louise", "Raphaël", "Emma", "Jules",
			"Alice" };

	private static final String[] NAMES = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
			"Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand",
			"Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert",
			"Bonnet", "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin" };

	private static final String[] STREETS = { "rue de l'Église", "chemin des Vignes", "avenue de la Gare",
			"place de la Mairie", "rue du Lauragais", "impasse des Tilleuls" };

	private static final int[] VOLUMES = { 120, 120, 180, 240, 120, 180, 120, 240, 360 };

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss");

	private final OperatorApi api;

	private final Path directory;

	private final LocalDate today;

	/**
	 * The lift files written, to import in the waste billing screens, and the member
	 * commune whose site shows its residents their lifts and bills (its first payer's
	 * reference, with the number of an issued invoice of theirs).
	 */
	record LiftFiles(Path withAnomalies, Path refused, String evidenceCommune, String evidenceReference) {
	}

	/**
	 * The intercommunality's identifiers at the treasury, as its secretary enters them
	 * (the Sicoval's SIREN; the other codes as a treasury would give them).
	 */
	static final TreasurySettings TREASURY = new TreasurySettings("031042", "SGC de Toulouse Banlieue",
			"24310063300011", "031", "02", "Budget annexe déchets", "REOM", "70612", "812", "12",
			new TreasurySettings.Bills("Sicoval", "110 rue Marco Polo", "31670", "Labège", "123456", "Martin", "Hélène",
					"La Présidente", "1 place de la Mairie", "31400", "Toulouse", "TSA 10001", "35908",
					"Rennes Cedex 9"));

	WasteBillingDemo(OperatorApi api, Path directory, LocalDate today) {
		this.api = api;
		this.directory = directory;
		this.today = today;
	}

	LiftFiles seed(String tenant) throws Exception {
		String root = WasteBilling.API.replace("{tenant}", tenant);
		saveTariffUnlessThere(root);
		saveTreasuryUnlessThere(root);
		List<JsonNode> communes = new ArrayList<>();
		this.api.require(root + "/communes").forEach(communes::add);
		if (communes.isEmpty()) {
			throw new IllegalStateException(tenant + " has no member commune to seed payers in");
		}
		Map<String, UUID> payers = payers(root, communes.subList(0, Math.min(COMMUNES, communes.size())));
		Map<String, HeldBin> bins = bins(root, payers);
		return writeLiftFiles(tenant, bins, communes.get(0).get("slug").asString());
	}

	private void saveTreasuryUnlessThere(String root) throws Exception {
		JsonNode settings = this.api.require(root + "/treasury-settings");
		if (settings.get("siret") != null && !settings.get("siret").isNull()) {
			return;
		}
		expect(this.api.put(root + "/treasury-settings", TREASURY), "saving the treasury identifiers");
	}

	private void saveTariffUnlessThere(String root) throws Exception {
		int year = this.today.getYear();
		if (this.api.get(root + "/tariffs/" + year).status() == 200) {
			return;
		}
		TariffGrid grid = new TariffGrid(year,
				List.of(new VolumeTariff(120, 9_000L, 12, 350L), new VolumeTariff(180, 12_000L, 12, 500L),
						new VolumeTariff(240, 15_000L, 12, 650L), new VolumeTariff(360, 21_000L, 24, 900L)),
				2_000L, null, List.of(new FlatRate("RESTAURANT", "Restaurant", 45_000L)), 5_000L);
		expect(this.api.put(root + "/tariffs/" + year, grid), "saving the tariff grid of " + year);
	}

	/**
	 * The demo's payers, by reference: those there already, and the missing ones created.
	 * The last of each commune is a restaurant; one household arrived during the current
	 * half-year (its invoice is prorated).
	 */
	private Map<String, UUID> payers(String root, List<JsonNode> communes) throws Exception {
		Map<String, UUID> known = new HashMap<>();
		this.api.require(root + "/payers?q=" + PREFIX + "&size=200")
			.get("items")
			.forEach((payer) -> known.put(payer.get("reference").asString(),
					UUID.fromString(payer.get("id").asString())));
		LocalDate longAgo = LocalDate.of(this.today.getYear() - 1, 1, 1);
		LocalDate arrival = halfStart().plusMonths(1);
		Map<String, UUID> payers = new HashMap<>();
		int number = 0;
		for (JsonNode commune : communes) {
			for (int i = 0; i < PAYERS_PER_COMMUNE; i++) {
				String reference = PREFIX + String.format(Locale.ROOT, "%04d", ++number);
				UUID id = known.get(reference);
				if (id == null) {
					boolean restaurant = i == PAYERS_PER_COMMUNE - 1;
					String name = restaurant ? "Restaurant " + commune.get("name").asString()
							: NAMES[(number - 1) % NAMES.length];
					PayerDraft draft = new PayerDraft(restaurant ? PayerKind.PROFESSIONAL : PayerKind.HOUSEHOLD,
							reference, name, (number * 7 % 40 + 1) + " " + STREETS[number % STREETS.length] + ", 31450",
							UUID.fromString(commune.get("id").asString()), restaurant ? null : 1 + number % 5,
							restaurant ? "RESTAURANT" : null, (number == 5) ? arrival : longAgo, null,
							restaurant ? null : (number % 2 == 0) ? Civility.MONSIEUR : Civility.MADAME,
							restaurant ? null : FIRST_NAMES[number % FIRST_NAMES.length], null);
					OperatorApi.Response created = this.api.post(root + "/payers", draft);
					expect(created, "creating payer " + reference);
					id = UUID.fromString(created.body().get("id").asString());
				}
				payers.put(reference, id);
			}
		}
		return payers;
	}

	/**
	 * A bin for each payer (tag = the payer's reference with {@code BAC}), given to the
	 * payer from the payer's arrival, and a spare bin held by nobody; the held ones by
	 * tag.
	 */
	private Map<String, HeldBin> bins(String root, Map<String, UUID> payers) throws Exception {
		Map<String, JsonNode> known = new HashMap<>();
		this.api.require(root + "/bins?q=" + PREFIX + "&size=200")
			.get("items")
			.forEach((bin) -> known.put(bin.get("tag").asString(), bin));
		Map<String, HeldBin> held = new HashMap<>();
		for (Map.Entry<String, UUID> payer : payers.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
			int number = Integer.parseInt(payer.getKey().substring(PREFIX.length()));
			String tag = PREFIX + "BAC-" + String.format(Locale.ROOT, "%04d", number);
			JsonNode bin = known.get(tag);
			if (bin == null) {
				OperatorApi.Response created = this.api.post(root + "/bins",
						new BinDraft(tag, VOLUMES[number % VOLUMES.length]));
				expect(created, "creating bin " + tag);
				bin = created.body();
			}
			if (bin.get("assignments").isEmpty()) {
				JsonNode holder = this.api.require(root + "/payers/" + payer.getValue());
				OperatorApi.Response assigned = this.api
					.post(root + "/bins/" + bin.get("id").asString() + "/assignments", new AssignmentDraft(
							payer.getValue(), LocalDate.parse(holder.get("activeFrom").asString()), null));
				expect(assigned, "giving bin " + tag + " to " + payer.getKey());
				bin = assigned.body();
			}
			held.put(tag, new HeldBin(bin.get("volumeLitres").asInt(),
					LocalDate.parse(bin.get("assignments").get(0).get("startDate").asString())));
		}
		if (!known.containsKey(SPARE_TAG)) {
			expect(this.api.post(root + "/bins", new BinDraft(SPARE_TAG, 120)), "creating bin " + SPARE_TAG);
		}
		return held;
	}

	/** A bin of the demo: its volume and the first day its payer holds it. */
	private record HeldBin(int volumeLitres, LocalDate since) {
	}

	/**
	 * The trucks' files for the current half-year up to yesterday: each bin lifted 4 to
	 * 10 times (some beyond the lifts their fixed part includes), plus a lift of an
	 * unknown tag, one of the spare bin, one of 95 kg in a 120 L bin (a weight outlier)
	 * and one line twice. The refused file has a date that does not exist (30 February)
	 * and a negative weight.
	 */
	private LiftFiles writeLiftFiles(String tenant, Map<String, HeldBin> bins, String evidenceCommune)
			throws IOException {
		LocalDate start = halfStart();
		StringBuilder csv = new StringBuilder("badge;horodatage;camion;poids\n");
		List<String> tags = bins.keySet().stream().sorted().toList();
		for (int b = 0; b < tags.size(); b++) {
			String tag = tags.get(b);
			HeldBin bin = bins.get(tag);
			// Lifted while its payer holds it (one arrived during the half-year).
			LocalDate from = bin.since().isAfter(start) ? bin.since() : start;
			if (from.isAfter(this.today)) {
				continue;
			}
			long days = Math.max(1, ChronoUnit.DAYS.between(from, this.today));
			int lifts = 4 + (b * 5) % 7;
			for (int l = 0; l < lifts; l++) {
				long day = (b * 3L + l * 17L) % days;
				LocalDateTime at = from.plusDays(day).atTime(6 + l % 5, (b * 7 + l * 13) % 60, (b + l) % 60);
				double kilos = bin.volumeLitres() * (0.08 + ((b + l) % 10) / 100.0);
				csv.append(line(tag, at, "CAMION-" + (1 + b % 3), kilos));
			}
		}
		LocalDateTime first = start.atTime(7, 30);
		String unknown = line("BADGE-INCONNU-0042", first, "CAMION-1", 14.2);
		String spare = line(SPARE_TAG, first.plusMinutes(5), "CAMION-2", 9.6);
		String heavy = line(tags.get(0), first.plusMinutes(10), "CAMION-3", 95.0);
		csv.append(unknown).append(spare).append(heavy).append(heavy);
		Files.createDirectories(this.directory);
		Path withAnomalies = this.directory.resolve("levees-" + tenant + ".csv");
		Files.writeString(withAnomalies, csv, StandardCharsets.UTF_8);
		String refused = "badge;horodatage;camion;poids\n" + line(tags.get(1), first, "CAMION-1", 11.0) + tags.get(2)
				+ ";" + start.getYear() + "-02-30T06:40:00;CAMION-1;12,5\n"
				+ line(tags.get(3), first.plusMinutes(20), "CAMION-1", -3.0);
		Path refusedFile = this.directory.resolve("levees-" + tenant + "-erreurs.csv");
		Files.writeString(refusedFile, refused, StandardCharsets.UTF_8);
		return new LiftFiles(withAnomalies, refusedFile, evidenceCommune, PREFIX + "0001");
	}

	private static String line(String tag, LocalDateTime at, String truck, double kilos) {
		return tag + ";" + TIMESTAMP.format(at) + ";" + truck + ";" + String.format(Locale.FRANCE, "%.1f", kilos)
				+ "\n";
	}

	/** The first day of the current half-year, Paris time. */
	private LocalDate halfStart() {
		return LocalDate.of(this.today.getYear(), (this.today.getMonthValue() <= 6) ? 1 : 7, 1);
	}

	static LocalDate today() {
		return LocalDate.now(PARIS);
	}

	private static void expect(OperatorApi.Response response, String what) {
		if (response.status() < 200 || response.status() >= 300) {
			throw new IllegalStateException(
					"The waste billing demo failed " + what + ": HTTP " + response.status() + " " + response.body());
		}
	}

}
