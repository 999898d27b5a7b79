package fr.clocher.wastebilling.service.billing;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import fr.clocher.kernel.api.LocalizedText;
import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.problem.ApiProblem;
import fr.clocher.wastebilling.api.BillingRun;
import fr.clocher.wastebilling.api.BillingRunDraft;
import fr.clocher.wastebilling.api.Correction;
import fr.clocher.wastebilling.api.Invoice;
import fr.clocher.wastebilling.api.InvoiceKind;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.RunReview;
import fr.clocher.wastebilling.api.RunStatus;
import fr.clocher.wastebilling.api.TariffGrid;
import fr.clocher.wastebilling.service.jobs.JobProgress;
import fr.clocher.wastebilling.service.support.IncomingRows;
import fr.clocher.wastebilling.service.support.Violations;
import fr.clocher.wastebilling.service.support.WasteChanges;
import fr.clocher.wastebilling.service.tariffs.TariffBook;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Billing runs, each step one transaction under a lock of the run's row: draft → review
 * (computed, recomputed at will: the same data gives the same invoices, ids included) →
 * validated → issued (numbers given to every invoice at once, under a lock of the
 * tenant-year's counter, so numbers have no gap whatever runs concurrently or fails).
 * Issued invoices never change; a correction is a credit note plus a new invoice.
 */
class BillingRuns {

	static final int BATCH = 5_000;

	private final RunStore runs;

	private final InvoiceStore invoices;

	private final BillingFacts facts;

	private final TariffBook tariffs;

	private final DataSource dataSource;

	private final WasteChanges changes;

	private final Clock clock;

	private final DataSize workMem;

	BillingRuns(RunStore runs, InvoiceStore invoices, BillingFacts facts, TariffBook tariffs, DataSource dataSource,
			WasteChanges changes, Clock clock, DataSize workMem) {
		this.workMem = workMem;
		this.runs = runs;
		this.invoices = invoices;
		this.facts = facts;
		this.tariffs = tariffs;
		this.dataSource = dataSource;
		this.changes = changes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<BillingRun> all() {
		return this.runs.all().stream().map(this.runs::view).toList();
	}

	@Transactional(readOnly = true)
	BillingRun get(UUID id) {
		return this.runs.view(stored(id));
	}

	@Transactional
	BillingRun create(BillingRunDraft draft) {
		Violations violations = new Violations();
		if (draft == null) {
			draft = new BillingRunDraft(null, null);
		}
		if (violations.present("year", draft.year())) {
			violations.between("year", draft.year(), 2000, 2100);
		}
		if (draft.half() != null && draft.half() != 1 && draft.half() != 2) {
			violations.add("half", "1 (janvier–juin), 2 (juillet–décembre), ou rien pour l'année entière.",
					"1 (January–June), 2 (July–December), or none for the whole year.");
		}
		violations.throwIfAny();
		Period period = Period.of(draft.year(), draft.half());
		if (this.runs.exists(period)) {
			throw ApiProblem.conflict("run-exists", "half",
					LocalizedText
						.of("Une facturation couvre déjà tout ou partie de la période du %s au %s.",
								"A billing run already covers part of the period from %s to %s.")
						.formatted(period.start(), period.end()));
		}
		UUID id = UUID.randomUUID();
		this.runs.insert(id, draft.year(), period, this.clock.instant());
		this.changes.record(LocalizedText.of("Facturation du %s au %s créée", "Billing run from %s to %s created")
			.formatted(period.start(), period.end()));
		return get(id);
	}

	@Transactional
	BillingRun compute(UUID id) {
		return compute(id, JobProgress.NONE);
	}

	/**
	 * Refuses at once a computation the run's state forbids (the job would only fail).
	 */
	@Transactional(readOnly = true)
	void checkComputable(UUID id) {
		inState(stored(id), RunStatus.DRAFT, RunStatus.REVIEW);
	}

	/**
	 * Computes the run, telling the payers computed of the period's payers after each
	 * batch.
	 */
	@Transactional
	BillingRun compute(UUID id, JobProgress progress) {
		StoredRun run = locked(id, RunStatus.DRAFT, RunStatus.REVIEW);
		TariffGrid grid = this.tariffs.find(run.year())
			.orElseThrow(() -> ApiProblem.conflict("tariff-not-found", "year",
					LocalizedText
						.of("Aucune grille tarifaire pour %d : enregistrez-la avant de calculer.",
								"No tariff grid for %d: save it before computing.")
						.formatted(run.year())));
		this.invoices.bulkMemory(this.workMem);
		this.invoices.deleteDrafts(id);
		List<UUID> payers = this.facts.payers(run.period());
		progress.advance(0, (long) payers.size());
		this.facts.prepareUsage(run.period());
		for (int from = 0; from < payers.size(); from += BATCH) {
			List<PayerFacts> batch = this.facts.factsOfPrepared(run.period(),
					payers.subList(from, Math.min(payers.size(), from + BATCH)));
			// Computed as they are written: the maths of a payer run while PostgreSQL
			// takes in the lines before it.
			write(batch.stream()
				.map((payer) -> new Computed(payer.id(), invoiceId(id, payer.id(), "INVOICE"),
						InvoiceMaths.lines(run.period(), grid, payer))),
					InvoiceKind.INVOICE, null);
			progress.advance(Math.min(payers.size(), from + BATCH), (long) payers.size());
		}
		this.invoices.insertIncoming(id);
		this.runs.status(id, RunStatus.REVIEW, "computed_at", this.clock.instant());
		this.changes.record(LocalizedText.of("Facturation du %s au %s calculée", "Billing run from %s to %s computed")
			.formatted(run.period().start(), run.period().end()));
		return get(id);
	}

	@Transactional(readOnly = true)
	RunReview review(UUID id) {
		StoredRun run = stored(id);
		Optional<StoredRun> previous = this.runs.previousIssued(run);
		return new RunReview(this.runs.view(run), this.invoices.lineTotals(id),
				previous.map(StoredRun::id).orElse(null),
				previous.map((p) -> this.invoices.netTotal(p.id())).orElse(null),
				previous.map((p) -> this.invoices.differences(id, p.id(), 100)).orElse(List.of()));
	}

	@Transactional
	BillingRun validate(UUID id) {
		StoredRun run = locked(id, RunStatus.REVIEW);
		this.runs.status(id, RunStatus.VALIDATED, "validated_at", this.clock.instant());
		this.changes.record(LocalizedText.of("Facturation du %s au %s validée", "Billing run from %s to %s validated")
			.formatted(run.period().start(), run.period().end()));
		return get(id);
	}

	@Transactional
	BillingRun issue(UUID id) {
		return issue(id, () -> {
		});
	}

	/**
	 * Issues the run; {@code beforeCommit} runs once every invoice has its number, inside
	 * the transaction (a failure there, as any crash, leaves no number given).
	 */
	@Transactional
	BillingRun issue(UUID id, Runnable beforeCommit) {
		StoredRun run = locked(id, RunStatus.VALIDATED);
		Instant now = this.clock.instant();
		int year = now.atZone(Paris.ZONE).getYear();
		int last = this.invoices.lockCounter(year);
		int numbered = this.invoices.number(id, year, last, now);
		this.invoices.advanceCounter(year, last + numbered);
		this.runs.status(id, RunStatus.ISSUED, "issued_at", now);
		this.changes.record(LocalizedText
			.of("Facturation du %s au %s émise : factures %d-%06d à %d-%06d",
					"Billing run from %s to %s issued: invoices %d-%06d to %d-%06d")
			.formatted(run.period().start(), run.period().end(), year, last + 1, year, last + numbered));
		beforeCommit.run();
		return get(id);
	}

	@Transactional
	Correction correct(UUID invoiceId) {
		Invoice invoice = this.invoices.find(invoiceId).orElseThrow(() -> invoiceNotFound(invoiceId));
		if (invoice.number() == null || invoice.kind() != InvoiceKind.INVOICE) {
			throw ApiProblem.conflict("invoice-not-issued", "id",
					LocalizedText.of("Seule une facture émise se corrige (par un avoir et une nouvelle facture).",
							"Only an issued invoice is corrected (by a credit note and a new invoice)."));
		}
		StoredRun run = stored(invoice.runId());
		if (this.invoices.lockCorrectedBy(invoiceId).isPresent()) {
			throw ApiProblem.conflict("invoice-corrected", "id",
					LocalizedText.of("La facture %s est déjà corrigée.", "Invoice %s is already corrected.")
						.formatted(invoice.number()));
		}
		TariffGrid grid = this.tariffs.find(run.year()).orElseThrow();
		UUID creditNote = UUID.randomUUID();
		List<InvoiceLine> negated = invoice.lines()
			.stream()
			.map((l) -> new InvoiceLine(l.code(), l.label(), l.basis(), l.months(), l.volumeLitres(), l.persons(),
					l.liftsCounted(), l.liftsIncluded(), l.extraLifts(), l.weightGrams(), l.unitCents(),
					-l.amountCents()))
			.toList();
		write(Stream.of(new Computed(invoice.payerId(), creditNote, negated)), InvoiceKind.CREDIT_NOTE, invoiceId);
		PayerFacts payer = this.facts.facts(run.period(), List.of(invoice.payerId())).get(0);
		UUID replacement = UUID.randomUUID();
		write(Stream.of(new Computed(payer.id(), replacement, InvoiceMaths.lines(run.period(), grid, payer))),
				InvoiceKind.INVOICE, invoiceId);
		this.invoices.insertIncoming(run.id());
		Instant now = this.clock.instant();
		int year = now.atZone(Paris.ZONE).getYear();
		int last = this.invoices.lockCounter(year);
		int numbered = this.invoices.number(run.id(), year, last, now);
		this.invoices.advanceCounter(year, last + numbered);
		this.invoices.markCorrected(invoiceId, creditNote);
		this.changes.record(
				LocalizedText
					.of("Facture %s corrigée par un avoir et une nouvelle facture",
							"Invoice %s corrected by a credit note and a new invoice")
					.formatted(invoice.number()));
		return new Correction(this.invoices.find(creditNote).orElseThrow(),
				this.invoices.find(replacement).orElse(null));
	}

	@Transactional(readOnly = true)
	Invoice invoice(UUID id) {
		return this.invoices.find(id).orElseThrow(() -> invoiceNotFound(id));
	}

	/**
	 * Copies computed invoices' lines into the transaction's incoming table, the
	 * invoice's total on its first line.
	 */
	private void write(Stream<Computed> computed, InvoiceKind kind, UUID corrects) {
		try (IncomingRows rows = IncomingRows.into(DataSourceUtils.getConnection(this.dataSource),
				InvoiceStore.INCOMING, InvoiceStore.INCOMING_COLUMNS)) {
			for (Computed invoice : (Iterable<Computed>) computed::iterator) {
				if (invoice.lines().stream().allMatch((line) -> line.amountCents() == 0)) {
					continue;
				}
				Long total = invoice.lines().stream().mapToLong(InvoiceLine::amountCents).sum();
				int number = 0;
				for (InvoiceLine l : invoice.lines()) {
					rows.add(invoice.id(), invoice.payer(), kind.name(), corrects, ++number, l.code().name(), l.label(),
							l.basis(), l.months(), l.volumeLitres(), l.persons(), l.liftsCounted(), l.liftsIncluded(),
							l.extraLifts(), l.weightGrams(), l.unitCents(), l.amountCents(),
							(number == 1) ? total : null);
				}
			}
			rows.finish();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The invoices could not be written", ex);
		}
	}

	/**
	 * The same run and payer always give the same invoice id: a recomputation is
	 * identical.
	 */
	private static UUID invoiceId(UUID run, UUID payer, String kind) {
		return UUID.nameUUIDFromBytes((run + "/" + payer + "/" + kind).getBytes(StandardCharsets.UTF_8));
	}

	private StoredRun stored(UUID id) {
		return this.runs.find(id).orElseThrow(() -> runNotFound(id));
	}

	private StoredRun locked(UUID id, RunStatus... allowed) {
		return inState(this.runs.lock(id).orElseThrow(() -> runNotFound(id)), allowed);
	}

	private static StoredRun inState(StoredRun run, RunStatus... allowed) {
		if (!List.of(allowed).contains(run.status())) {
			throw ApiProblem.conflict("run-not-in-state", "status",
					LocalizedText
						.of("Cette étape n'est pas possible : la facturation est à l'état %s.",
								"This step is not possible: the run is %s.")
						.formatted(run.status()));
		}
		return run;
	}

	private static ApiProblem runNotFound(UUID id) {
		return ApiProblem.notFound("run-not-found", "id",
				LocalizedText.of("Aucune facturation n'a l'identifiant %s.", "No billing run has the id %s.")
					.formatted(id));
	}

	private static ApiProblem invoiceNotFound(UUID id) {
		return ApiProblem.notFound("invoice-not-found", "id",
				LocalizedText.of("Aucune facture n'a l'identifiant %s.", "No invoice has the id %s.").formatted(id));
	}

	private record Computed(UUID payer, UUID id, List<InvoiceLine> lines) {

	}

}
