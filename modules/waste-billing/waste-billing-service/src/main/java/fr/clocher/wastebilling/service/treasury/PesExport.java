package fr.clocher.wastebilling.service.treasury;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.kernel.problem.FieldProblem;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantDirectory;
import fr.clocher.wastebilling.api.MemberCommune;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.service.jobs.JobFiles;
import fr.clocher.wastebilling.service.jobs.JobProgress;
import fr.clocher.wastebilling.service.payers.MemberCommunes;
import fr.gouv.minefi.cp.helios.pes_v2.commun.TEnTetePES;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TBlocBordereau;
import fr.gouv.minefi.cp.helios.pes_v2.recette.r0.aller.TPiece;
import jakarta.xml.bind.JAXBException;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the PES file of an issued run: refuses at once what would make a wrong file (a
 * run not issued, settings missing or malformed, payers without a postcode), then writes
 * the file to a temporary file as a stream in the run's transaction, reads it back
 * through the DGFiP's schema, and hands it over only when it validates. A file that does
 * not validate is deleted and never served.
 */
class PesExport {

	/** How many articles between two savings of a job's progress. */
	static final int PROGRESS_EVERY = 1_000;

	private final TreasuryStore store;

	private final PesSchema schema;

	private final MemberCommunes communes;

	/** When the file was made, in the attachments' ids and names. */
	private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final Clock clock;

	private final TenantDirectory tenants;

	PesExport(TreasuryStore store, PesSchema schema, MemberCommunes communes, Clock clock, TenantDirectory tenants) {
		this.tenants = tenants;
		this.store = store;
		this.schema = schema;
		this.communes = communes;
		this.clock = clock;
	}

	/**
	 * The file of an issued run, written to a temporary file and validated in one go (the
	 * synchronous path, for scripts and the benchmark).
	 */
	@Transactional(readOnly = true)
	PesFile export(UUID runId, Integer rollNumber) {
		Plan plan = prepare(runId, rollNumber);
		Path file;
		try {
			file = Files.createTempFile("pes-ormc-", ".xml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		writeChecked(plan, file, JobProgress.NONE);
		try {
			return new PesFile(file, plan.fileName(), Files.size(file));
		}
		catch (IOException ex) {
			delete(file);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks what the file needs before anything is written: the run issued, the settings
	 * complete and well formed, each payer's address; answers what to write.
	 */
	@Transactional(readOnly = true)
	Plan prepare(UUID runId, Integer rollNumber) {
		RunHead run = this.store.run(runId)
			.orElseThrow(() -> ApiProblem.notFound("run-not-found", "id",
					LocalizedText.of("Aucune facturation n'a l'identifiant %s.", "No billing run has the id %s.")
						.formatted(runId)));
		if (!RunStatus.ISSUED.name().equals(run.status())) {
			throw ApiProblem.conflict("run-not-issued", "status",
					LocalizedText
						.of("Le fichier PES n'existe que pour une facturation émise ; celle-ci est à l'état %s.",
								"The PES file exists only for an issued run; this one is %s.")
						.formatted(run.status()));
		}
		TreasurySettings settings = settings();
		int firstRoll = rollNumber(rollNumber, run);
		checkAddresses(runId);
		checkIdentities(runId);
		List<Roll> rolls = this.store.rolls(runId, Roll.MAX_ARTICLES);
		if (rolls.isEmpty()) {
			throw ApiProblem.conflict("run-nothing-to-export", "id",
					LocalizedText.of("Aucune facture de cette facturation n'a de montant à payer.",
							"No invoice of this run has an amount to pay."));
		}
		return new Plan(run, settings, firstRoll, rolls, "PES_ORMC_%s_%s.xml".formatted(settings.siret(), run.label()));
	}

	/**
	 * Writes a prepared file beside {@code file}, reads it back through the schema, and
	 * moves it to {@code file} only when it validates; the progress counts each article
	 * written, then each read back (twice the articles in all).
	 */
	@Transactional(readOnly = true)
	void write(Plan plan, Path file, JobProgress progress) {
		Path partial = JobFiles.partial(file);
		writeChecked(plan, partial, progress);
		try {
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			delete(partial);
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes the file, then validates it; a file that does not validate is deleted. */
	private void writeChecked(Plan plan, Path file, JobProgress progress) {
		long articles = plan.articles();
		write(plan, file, (written) -> progress.advance(written, null));
		try {
			String error = this.schema.firstError(file, (checked) -> progress.advance(articles + checked, null));
			if (error != null) {
				throw new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "pes-invalid", LocalizedText
					.of("Le fichier PES produit n'est pas conforme au schéma de la DGFiP (%s) : il n'est pas proposé.",
							"The PES file produced does not conform to the DGFiP's schema (%s): it is not offered.")
					.formatted(error), List.of());
			}
		}
		catch (IOException | RuntimeException ex) {
			delete(file);
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			throw (RuntimeException) ex;
		}
	}

	private TreasurySettings settings() {
		TreasurySettings settings = this.store.settings().orElse(TreasurySettings.empty());
		try {
			TreasuryRules.check(settings).throwIfAny();
		}
		catch (ApiProblem refused) {
			throw new ApiProblem(HttpStatus.CONFLICT, "treasury-settings-incomplete", LocalizedText.of(
					"Les identifiants du Trésor sont incomplets ou mal formés : complétez-les dans les réglages avant de produire le fichier PES.",
					"The treasury identifiers are missing or malformed: complete them in the settings before producing the PES file."),
					refused.fields());
		}
		return TreasuryRules.cleaned(settings);
	}

	/** Whether the collectivity that bills is a commune (else a group of communes). */
	private boolean commune() {
		return this.tenants.byId(TenantContext.require())
			.map((tenant) -> tenant.kind() == TenantKind.COMMUNE)
			.orElse(false);
	}

	private static int rollNumber(Integer given, RunHead run) {
		int roll = (given != null) ? given : run.period();
		if (roll < 1 || roll > 9_999_999) {
			throw ApiProblem.badRequest("invalid-request", "roll",
					LocalizedText.of("Le numéro de rôle va de 1 à 9 999 999.", "The roll number is 1 to 9,999,999."));
		}
		return roll;
	}

	private void checkAddresses(UUID runId) {
		List<String> payers = this.store.payersWithoutPostcode(runId, 20);
		if (!payers.isEmpty()) {
			throw addressProblem(payers);
		}
	}

	private void checkIdentities(UUID runId) {
		List<String> households = this.store.householdsWithoutIdentity(runId, 20);
		if (!households.isEmpty()) {
			throw new ApiProblem(HttpStatus.CONFLICT, "payer-identity-incomplete", LocalizedText.of(
					"Le Trésor public exige la civilité et le prénom d'un foyer (personne physique) : complétez ces redevables avant de produire le fichier PES.",
					"The public treasury requires a household's (a natural person's) civility and first name: complete these payers before producing the PES file."),
					households.stream()
						.map((reference) -> new FieldProblem("payers[" + reference + "].firstName",
								LocalizedText.of("Civilité ou prénom manquant.", "Civility or first name missing.")))
						.toList());
		}
	}

	static ApiProblem addressProblem(List<String> payers) {
		return new ApiProblem(HttpStatus.CONFLICT, "payer-address-incomplete", LocalizedText.of(
				"L'adresse de ces redevables n'a pas de voie ou de code postal à 5 chiffres : corrigez-la avant de produire le fichier PES.",
				"These payers' address has no street or 5-digit postcode: correct it before producing the PES file."),
				payers.stream()
					.map((reference) -> new FieldProblem("payers[" + reference + "].address",
							LocalizedText.of("Adresse sans voie ou sans code postal.",
									"Address without a street or postcode.")))
					.toList());
	}

	private void write(Plan plan, Path file, LongConsumer written) {
		RunHead run = plan.run();
		TreasurySettings settings = plan.settings();
		LocalDate today = LocalDate.now(this.clock.withZone(Paris.ZONE));
		LocalDate issued = run.issuedAt().atZone(Paris.ZONE).toLocalDate();
		List<TBlocBordereau> blocks = new ArrayList<>();
		for (int i = 0; i < plan.rolls().size(); i++) {
			blocks.add(PesHeaders.roll(run, plan.firstRoll() + i, issued, plan.rolls().get(i)));
		}
		Map<UUID, String> names = this.communes.all()
			.stream()
			.collect(Collectors.toMap(MemberCommune::id, MemberCommune::name));
		PesArticles articles = new PesArticles(settings, run, names);
		TEnTetePES header = PesHeaders.header(settings, today);
		String exported = EXPORTED.format(this.clock.instant().atZone(Paris.ZONE));
		long[] count = { 0 };
		try (PesAttachments attachments = new PesAttachments(this.schema.context(), this.schema,
				new PesBills(settings, run, issued, names), commune(), PesHeaders.envelope(plan.fileName()), header,
				"PESFACT" + settings.siret() + run.year() + run.period() + exported,
				"PES_FACTURE_%s_%s_%s".formatted(settings.siret(), run.label(), exported));
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
				PesWriter writer = new PesWriter(out, this.schema.context(), PesHeaders.envelope(plan.fileName()),
						header, PesHeaders.recette(), blocks, attachments)) {
			this.store.articles(run.id(), (article) -> {
				try {
					TPiece piece = articles.piece(article);
					int roll = plan.firstRoll() + (int) (count[0] / Roll.MAX_ARTICLES);
					piece.getBlocPiece().getPJRef().add(attachments.bill(article, roll));
					writer.piece(piece);
				}
				catch (JAXBException | XMLStreamException ex) {
					throw new IllegalStateException(ex);
				}
				if (++count[0] % PROGRESS_EVERY == 0) {
					written.accept(count[0]);
				}
			});
		}
		catch (IOException | JAXBException | XMLStreamException | RuntimeException ex) {
			delete(file);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("The PES file could not be written", ex);
		}
		written.accept(count[0]);
	}

	/**
	 * A file to write, once checked.
	 *
	 * @param fileName its name, {@code PES_ORMC_<siret>_<year>-S<half>.xml}
	 */
	record Plan(RunHead run, TreasurySettings settings, int firstRoll, List<Roll> rolls, String fileName) {

		/** The articles of all its rolls. */
		long articles() {
			return this.rolls.stream().mapToLong(Roll::articles).sum();
		}

	}

	private static void delete(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				file.toFile().deleteOnExit();
			}
		}
	}

}
