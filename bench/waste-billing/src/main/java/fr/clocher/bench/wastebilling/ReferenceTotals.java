package fr.clocher.bench.wastebilling;

import java.util.stream.Collectors;

import fr.clocher.wastebilling.api.TariffGrid;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One hand-written set-based statement computing what the billing run computes for the
 * first half of 2026, totals only: months held on the 15th, fixed parts and included
 * lifts prorated and rounded half away from zero, extra lifts, weight, the part per
 * person, professionals' flat rates, the minimum charge. The benchmark's data has no
 * exemption, so the statement has none either.
 */
final class ReferenceTotals {

	private ReferenceTotals() {
	}

	/** The statement for this grid; it answers (invoices, total cents). */
	static String statement(TariffGrid grid) {
		String tariff = grid.volumes()
			.stream()
			.map((v) -> "(%d, %d, %d, %d)".formatted(v.volumeLitres(), v.fixedCents(), v.includedLifts(),
					v.extraLiftCents()))
			.collect(Collectors.joining(", "));
		String rates = grid.professionalRates()
			.stream()
			.map((r) -> "('%s', %d)".formatted(r.code(), r.annualCents()))
			.collect(Collectors.joining(", "));
		return """
				with months(mid) as (select (date '2026-01-15' + make_interval(months => g))::date
				                     from generate_series(0, 5) g),
				tariff(volume, fixed, included, extra) as (values %s),
				rates(code, annual) as (values %s),
				payer as (
				    select p.id, p.kind, p.household_size, p.professional_category,
				        (select count(*) from months m where p.active_from <= m.mid
				             and (p.active_to is null or p.active_to >= m.mid)) as n
				    from waste_payer p where p.tenant_id = clocher_current_tenant()
				        and p.active_from <= date '2026-06-30' and (p.active_to is null or p.active_to >= date '2026-01-01')),
				held as (
				    select a.id, a.payer_id, a.bin_id, b.volume_litres, b.blacklisted_from, a.start_date, a.end_date,
				        (select count(*) from months m where a.start_date <= m.mid and (a.end_date is null or a.end_date >= m.mid)
				             and p.active_from <= m.mid and (p.active_to is null or p.active_to >= m.mid)) as n
				    from waste_bin_assignment a
				    join waste_bin b on b.tenant_id = a.tenant_id and b.id = a.bin_id
				    join waste_payer p on p.tenant_id = a.tenant_id and p.id = a.payer_id
				    where a.tenant_id = clocher_current_tenant() and a.start_date <= date '2026-06-30'
				        and (a.end_date is null or a.end_date >= date '2026-01-01')),
				usage as (
				    select h.id, count(*) as lifts, coalesce(sum(l.weight_grams), 0) as grams
				    from held h join waste_lift l on l.tenant_id = clocher_current_tenant() and l.bin_id = h.bin_id
				        and l.lifted_on between greatest(h.start_date, date '2026-01-01')
				            and least(coalesce(h.end_date, date '2026-06-30'), date '2026-06-30')
				    where h.blacklisted_from is null or l.lifted_on < h.blacklisted_from
				    group by h.id),
				bins as (
				    select h.payer_id, sum(round(t.fixed * h.n / 12.0)
				        + greatest(0, coalesce(u.lifts, 0) - round(t.included * h.n / 12.0)) * t.extra
				        + round(%d * coalesce(u.grams, 0) / 1000.0)) as amount
				    from held h join tariff t on t.volume = h.volume_litres left join usage u on u.id = h.id
				    where h.n > 0 or coalesce(u.lifts, 0) > 0
				    group by h.payer_id),
				totals as (
				    select p.n, coalesce(b.amount, 0)
				        + case when p.n > 0 and p.kind = 'HOUSEHOLD' then round(%d * p.household_size * p.n / 12.0) else 0 end
				        + case when p.n > 0 and p.kind = 'PROFESSIONAL' then round(r.annual * p.n / 12.0) else 0 end as amount
				    from payer p left join bins b on b.payer_id = p.id left join rates r on r.code = p.professional_category)
				select count(*) filter (where final <> 0) as invoices, coalesce(sum(final), 0)::bigint as total
				from (select case when n > 0 and amount < round(%d * n / 12.0) then round(%d * n / 12.0)
				                  else amount end as final from totals) f
				"""
			.formatted(tariff, rates, grid.pricePerKgCents(), grid.perPersonCents(), grid.minimumChargeCents(),
					grid.minimumChargeCents());
	}

	/** Runs the statement in the current tenant's transaction. */
	static long[] run(JdbcClient jdbc, String statement) {
		return jdbc.sql(statement)
			.query((rs, i) -> new long[] { rs.getLong("invoices"), rs.getLong("total") })
			.single();
	}

}
