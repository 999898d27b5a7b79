package fr.clocher.wastebilling.service.evidence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.api.Paris;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.service.evidence.Evidence.Bill;
import fr.clocher.wastebilling.service.evidence.Evidence.Lift;
import fr.clocher.wastebilling.service.evidence.Evidence.Line;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one query a commune's site makes into its collector's data, run under the
 * collector's own context (row-level security as for its secretary): the payer whose
 * reference, billing commune and issued invoice number all match, then that payer's lifts
 * of the invoice's period and its issued invoices. Read-only; no other payer can match,
 * nor a payer of another commune.
 */
class CollectorEvidence {

	/** Lifts billed to the payer in the period: the rule of the billing run's facts. */
	private static final String LIFTS = """
			select l.lifted_at, b.volume_litres, l.weight_grams
			from waste_bin_assignment a
			join waste_bin b on b.tenant_id = a.tenant_id and b.id = a.bin_id
			join waste_lift l on l.tenant_id = a.tenant_id and l.bin_id = a.bin_id
			    and l.lifted_on >= greatest(a.start_date, ?)
			    and l.lifted_on <= least(coalesce(a.end_date, ?), ?, coalesce(b.blacklisted_from - 1, ?))
			where a.tenant_id = ? and a.payer_id = ?
			order by l.lifted_at
			""";

	private final JdbcClient jdbc;

	CollectorEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** In the collector's context: the evidence of the pair for the commune, if any. */
	Optional<Evidence> find(UUID commune, String reference, String number) {
		UUID collector = TenantContext.require();
		Optional<Match> match = this.jdbc.sql("""
				select p.id, r.period_start, r.period_end
				from waste_invoice i
				join waste_payer p on p.tenant_id = i.tenant_id and p.id = i.payer_id
				join waste_billing_run r on r.tenant_id = i.tenant_id and r.id = i.run_id
				where i.tenant_id = ? and i.number = ? and p.reference = ? and p.commune_id = ?
				""")
			.params(collector, number, reference, commune)
			.query((rs, i) -> new Match(rs.getObject("id", UUID.class), local(rs, "period_start"),
					local(rs, "period_end")))
			.optional();
		return match.map((m) -> new Evidence(collector, reference, m.start(), m.end(), lifts(collector, m),
				bills(collector, m)));
	}

	private List<Lift> lifts(UUID collector, Match m) {
		Date start = Date.valueOf(m.start());
		Date end = Date.valueOf(m.end());
		return this.jdbc.sql(LIFTS)
			.params(start, end, end, end, collector, m.payer())
			.query((rs, i) -> new Lift(rs.getTimestamp("lifted_at").toInstant().atZone(Paris.ZONE).toLocalDateTime(),
					rs.getInt("volume_litres"), (Long) rs.getObject("weight_grams")))
			.list();
	}

	private List<Bill> bills(UUID collector, Match m) {
		List<Bill> heads = this.jdbc.sql("""
				select i.id, i.number, i.kind, i.issued_at, r.period_start, r.period_end, i.total_cents
				from waste_invoice i join waste_billing_run r on r.tenant_id = i.tenant_id and r.id = i.run_id
				where i.tenant_id = ? and i.payer_id = ? and i.number is not null
				order by i.issued_at desc, i.number desc
				""")
			.params(collector, m.payer())
			.query((rs, i) -> new Bill(rs.getObject("id", UUID.class), rs.getString("number"),
					"CREDIT_NOTE".equals(rs.getString("kind")),
					rs.getTimestamp("issued_at").toInstant().atZone(Paris.ZONE).toLocalDate(),
					local(rs, "period_start"), local(rs, "period_end"), rs.getLong("total_cents"), List.of()))
			.list();
		Map<UUID, List<Line>> lines = new HashMap<>();
		this.jdbc.sql("""
				select invoice_id, label, basis, amount_cents from waste_invoice_line
				where tenant_id = ? and invoice_id = any(?) order by invoice_id, line_no
				""").params(collector, heads.stream().map(Bill::id).toArray(UUID[]::new)).query((rs) -> {
			lines.computeIfAbsent(rs.getObject("invoice_id", UUID.class), (k) -> new ArrayList<>())
				.add(new Line(rs.getString("label"), rs.getString("basis"), rs.getLong("amount_cents")));
		});
		return heads.stream()
			.map((b) -> new Bill(b.id(), b.number(), b.creditNote(), b.issuedOn(), b.periodStart(), b.periodEnd(),
					b.totalCents(), lines.getOrDefault(b.id(), List.of())))
			.toList();
	}

	private static LocalDate local(ResultSet rs, String column) throws SQLException {
		return rs.getDate(column).toLocalDate();
	}

	private record Match(UUID payer, LocalDate start, LocalDate end) {

	}

}
