package fr.clocher.wastebilling.service.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.InvoiceLine;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TariffGrid;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The billing run's reading and maths for other features, without writing an invoice: the
 * last issued period, and each payer's totals under two grids, read a batch of payers at
 * a time by the run's own set-based queries ({@link BillingFacts}) and computed by
 * {@link InvoiceMaths}. Runs inside a read-write transaction of the current tenant (the
 * lifts of the period go through a temporary table).
 */
public class PeriodBills {

	private final JdbcClient jdbc;

	private final BillingFacts facts;

	public PeriodBills(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.facts = new BillingFacts(jdbc);
	}

	/** The period of the latest issued run. */
	public Optional<BilledPeriod> lastIssued() {
		return this.jdbc.sql("""
				select id, year, period_start, period_end from waste_billing_run
				where tenant_id = ? and status = 'ISSUED' order by period_end desc limit 1
				""")
			.param(TenantContext.require())
			.query((rs, i) -> new BilledPeriod(rs.getObject("id", UUID.class), rs.getInt("year"),
					rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate()))
			.optional();
	}

	/**
	 * Each payer active in the period, with its total under each grid, payer by payer.
	 */
	public void totals(BilledPeriod billed, TariffGrid first, TariffGrid second, Consumer<PayerTotals> each) {
		Period period = new Period(billed.start(), billed.end());
		List<UUID> payers = this.facts.payers(period);
		this.facts.prepareUsage(period);
		for (int from = 0; from < payers.size(); from += BillingRuns.BATCH) {
			for (PayerFacts payer : this.facts.factsOfPrepared(period,
					payers.subList(from, Math.min(payers.size(), from + BillingRuns.BATCH)))) {
				each.accept(new PayerTotals(payer.id(), payer.reference(), payer.kind(), payer.persons(),
						total(InvoiceMaths.lines(period, first, payer)),
						total(InvoiceMaths.lines(period, second, payer))));
			}
		}
	}

	private static long total(List<InvoiceLine> lines) {
		long total = 0;
		for (InvoiceLine line : lines) {
			total += line.amountCents();
		}
		return total;
	}

	/** An issued run's period. */
	public record BilledPeriod(UUID runId, int year, LocalDate start, LocalDate end) {

	}

	/** A payer's totals under the first and the second grid. */
	public record PayerTotals(UUID payer, String reference, PayerKind kind, Integer persons, long first, long second) {

	}

}
