package fr.clocher.wastebilling.service.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.module.ModuleActivations;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;
import fr.clocher.kernel.tenancy.TenantWork;
import fr.clocher.wastebilling.api.WasteBilling;
import fr.clocher.wastebilling.service.evidence.Attempts.Verdict;
import fr.clocher.wastebilling.service.evidence.LookupLog.Outcome;

import org.springframework.beans.factory.ObjectProvider;

/**
 * One lookup from a commune's site, in three transactions: the attempt counted in the
 * commune's tables (refused there when a limit is reached, and logged), the pair read
 * under each collector's own context in turn (the commune itself, then its active groups
 * from the kernel's relations, current tenant only; a collector without the module on is
 * skipped), the outcome logged in the commune's tables. Must run outside any transaction:
 * a transaction belongs to one tenant.
 */
class EvidenceLookups {

	private final TenantWork work;

	private final Attempts attempts;

	private final LookupLog log;

	private final CollectorEvidence evidence;

	private final ObjectProvider<TenantRelations> relations;

	private final ModuleActivations activations;

	private final Clock clock;

	EvidenceLookups(TenantWork work, Attempts attempts, LookupLog log, CollectorEvidence evidence,
			ObjectProvider<TenantRelations> relations, ModuleActivations activations, Clock clock) {
		this.work = work;
		this.attempts = attempts;
		this.log = log;
		this.evidence = evidence;
		this.relations = relations;
		this.activations = activations;
		this.clock = clock;
	}

	Answer lookup(TenantRef commune, ClientAddress client, String reference, String number) {
		Instant now = this.clock.instant();
		Verdict verdict = this.work.inTenant(commune.id(), () -> {
			Verdict counted = this.attempts.count(client, reference, now);
			if (!counted.allowed()) {
				this.log.record(now, client, reference, Outcome.RATE_LIMITED);
			}
			return counted;
		});
		if (!verdict.allowed()) {
			return new Answer(Optional.empty(), verdict.retryAfter());
		}
		Optional<Evidence> found = Optional.empty();
		for (UUID collector : collectors(commune)) {
			found = this.work.inTenant(collector, () -> this.activations.isEnabled(WasteBilling.KEY)
					? this.evidence.find(commune.id(), reference, number) : Optional.<Evidence>empty());
			if (found.isPresent()) {
				break;
			}
		}
		Outcome outcome = found.isPresent() ? Outcome.FOUND : Outcome.NOT_FOUND;
		this.work.runInTenant(commune.id(), () -> this.log.record(now, client, reference, outcome));
		return new Answer(found, null);
	}

	/**
	 * Writes an invoice's PDF under the collector's context, where the evidence was read.
	 */
	byte[] pdf(EvidencePdfs pdfs, Evidence evidence, UUID invoice) {
		return this.work.inTenant(evidence.collector(), () -> {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try {
				pdfs.write(invoice, out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return out.toByteArray();
		});
	}

	/** Who may bill the commune's households: itself, then its active groups. */
	private List<UUID> collectors(TenantRef commune) {
		List<UUID> collectors = new ArrayList<>();
		collectors.add(commune.id());
		TenantRelations relations = this.relations.getIfAvailable();
		if (relations != null) {
			TenantContext.callAs(commune.id(), relations::groupsOfCurrentTenant)
				.stream()
				.filter(TenantRef::active)
				.forEach((group) -> collectors.add(group.id()));
		}
		return collectors;
	}

	/**
	 * The evidence found, or nothing; {@code retryAfter} set when a limit refused the
	 * attempt.
	 */
	record Answer(Optional<Evidence> evidence, Duration retryAfter) {

		boolean limited() {
			return this.retryAfter != null;
		}

	}

}
