package fr.clocher.wastebilling.service.treasury;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.wastebilling.api.Civility;
import fr.clocher.wastebilling.api.PayerKind;
import fr.clocher.wastebilling.api.TreasurySettings;
import fr.clocher.wastebilling.api.TreasurySettings.Bills;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The treasury settings' row, and what the PES file reads of a run: its period, its
 * rolls' counts and totals, then its articles as one stream ordered by invoice number.
 * Only invoices with something to pay are articles (the schema refuses a zero amount);
 * credit notes and replacement invoices are not in the roll.
 */
class TreasuryStore {

	private static final String ARTICLES = """
			from waste_invoice i
			where i.tenant_id = :tenant and i.run_id = :run and i.kind = 'INVOICE' and i.corrects is null
			  and i.number is not null and i.total_cents > 0
			""";

	private final JdbcClient jdbc;

	TreasuryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<TreasurySettings> settings() {
		return this.jdbc.sql("select * from waste_treasury_settings where tenant_id = ?")
			.param(TenantContext.require())
			.query((rs, i) -> new TreasurySettings(rs.getString("posting_office"), rs.getString("posting_office_name"),
					rs.getString("siret"), rs.getString("collectivity_code"), rs.getString("budget_code"),
					rs.getString("budget_name"), rs.getString("product_code"), rs.getString("account"),
					rs.getString("function_code"), rs.getString("key_nature"),
					new Bills(rs.getString("issuer_name"), rs.getString("issuer_street"),
							rs.getString("issuer_postcode"), rs.getString("issuer_city"), rs.getString("issuer_number"),
							rs.getString("signatory_name"), rs.getString("signatory_first_name"),
							rs.getString("signatory_role"), rs.getString("centre_street"),
							rs.getString("centre_postcode"), rs.getString("centre_city"),
							rs.getString("collection_tsa"), rs.getString("collection_postcode"),
							rs.getString("collection_city"))))
			.optional();
	}

	void save(TreasurySettings s, Instant at) {
		Bills b = s.bills();
		this.jdbc.sql("""
				insert into waste_treasury_settings (tenant_id, posting_office, posting_office_name, siret,
				    collectivity_code, budget_code, budget_name, product_code, account, function_code, key_nature,
				    updated_at, issuer_name, issuer_street, issuer_postcode, issuer_city, issuer_number,
				    signatory_name, signatory_first_name, signatory_role, centre_street, centre_postcode,
				    centre_city, collection_tsa, collection_postcode, collection_city)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (tenant_id) do update set posting_office = excluded.posting_office,
				    posting_office_name = excluded.posting_office_name, siret = excluded.siret,
				    collectivity_code = excluded.collectivity_code, budget_code = excluded.budget_code,
				    budget_name = excluded.budget_name, product_code = excluded.product_code,
				    account = excluded.account, function_code = excluded.function_code,
				    key_nature = excluded.key_nature, updated_at = excluded.updated_at,
				    issuer_name = excluded.issuer_name, issuer_street = excluded.issuer_street,
				    issuer_postcode = excluded.issuer_postcode, issuer_city = excluded.issuer_city,
				    issuer_number = excluded.issuer_number, signatory_name = excluded.signatory_name,
				    signatory_first_name = excluded.signatory_first_name, signatory_role = excluded.signatory_role,
				    centre_street = excluded.centre_street, centre_postcode = excluded.centre_postcode,
				    centre_city = excluded.centre_city, collection_tsa = excluded.collection_tsa,
				    collection_postcode = excluded.collection_postcode, collection_city = excluded.collection_city
				""")
			.params(TenantContext.require(), s.postingOffice(), s.postingOfficeName(), s.siret(), s.collectivityCode(),
					s.budgetCode(), s.budgetName(), s.productCode(), s.account(), s.function(), s.keyNature(),
					Timestamp.from(at), b.issuerName(), b.issuerStreet(), b.issuerPostcode(), b.issuerCity(),
					b.issuerNumber(), b.signatoryName(), b.signatoryFirstName(), b.signatoryRole(), b.centreStreet(),
					b.centrePostcode(), b.centreCity(), b.collectionTsa(), b.collectionPostcode(), b.collectionCity())
			.update();
	}

	Optional<RunHead> run(UUID id) {
		return this.jdbc
			.sql("select year, period_start, period_end, status, issued_at from waste_billing_run "
					+ "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query((rs, i) -> new RunHead(id, rs.getInt("year"), rs.getDate("period_start").toLocalDate(),
					rs.getDate("period_end").toLocalDate(), rs.getString("status"),
					(rs.getTimestamp("issued_at") != null) ? rs.getTimestamp("issued_at").toInstant() : null))
			.optional();
	}

	/** The references of the run's payers whose address has no 5-digit postcode. */
	List<String> payersWithoutPostcode(UUID run, int limit) {
		return this.jdbc
			.sql("select p.reference from waste_payer p where p.tenant_id = :tenant "
					+ "and p.address !~ '(^|[^0-9])[0-9]{5}([^0-9]|$)' and p.id in (select i.payer_id " + ARTICLES
					+ ") order by p.reference limit :limit")
			.param("tenant", TenantContext.require())
			.param("run", run)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * The references of the run's households without a civility or a first name, which
	 * the treasury requires of a natural person.
	 */
	List<String> householdsWithoutIdentity(UUID run, int limit) {
		return this.jdbc
			.sql("select p.reference from waste_payer p where p.tenant_id = :tenant and p.kind = 'HOUSEHOLD' "
					+ "and (p.civility is null or coalesce(btrim(p.first_name), '') = '') "
					+ "and p.id in (select i.payer_id " + ARTICLES + ") order by p.reference limit :limit")
			.param("tenant", TenantContext.require())
			.param("run", run)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	/**
	 * The rolls of a run: at most {@code size} articles each, in invoice-number order.
	 */
	List<Roll> rolls(UUID run, int size) {
		return this.jdbc
			.sql("select (n - 1) / :size as roll, count(*) as articles, sum(total_cents) as cents "
					+ "from (select i.total_cents, row_number() over (order by i.number_seq) as n " + ARTICLES
					+ ") a group by 1 order by 1")
			.param("size", size)
			.param("tenant", TenantContext.require())
			.param("run", run)
			.query((rs, i) -> new Roll(rs.getInt("articles"), rs.getLong("cents")))
			.list();
	}

	/**
	 * Reads the run's articles one by one (a cursor of the open transaction, never the
	 * whole run in memory).
	 */
	void articles(UUID run, Consumer<Article> each) {
		ArticleReader reader = new ArticleReader(each);
		this.jdbc.sql("""
				select i.number, i.number_seq, p.reference, p.kind, p.name, p.address, p.commune_id,
				       p.civility, p.first_name, p.siret, l.label, l.basis, l.amount_cents
				from waste_invoice i
				join waste_payer p on p.tenant_id = i.tenant_id and p.id = i.payer_id
				join waste_invoice_line l on l.tenant_id = i.tenant_id and l.invoice_id = i.id
				where i.tenant_id = :tenant and i.run_id = :run and i.kind = 'INVOICE' and i.corrects is null
				  and i.number is not null and i.total_cents > 0 and l.amount_cents <> 0
				order by i.number_seq, l.line_no
				""")
			.param("tenant", TenantContext.require())
			.param("run", run)
			.withFetchSize(2_000)
			.query((org.springframework.jdbc.core.RowCallbackHandler) reader::row);
		reader.finish();
	}

	/** Gathers the joined rows of one invoice into its article. */
	private static final class ArticleReader {

		private final Consumer<Article> each;

		private Article current;

		ArticleReader(Consumer<Article> each) {
			this.each = each;
		}

		void row(ResultSet rs) throws SQLException {
			String number = rs.getString("number");
			if (this.current == null || !this.current.number().equals(number)) {
				finish();
				this.current = new Article(number, rs.getInt("number_seq"), rs.getString("reference"),
						PayerKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("address"),
						rs.getObject("commune_id", UUID.class),
						(rs.getString("civility") != null) ? Civility.valueOf(rs.getString("civility")) : null,
						rs.getString("first_name"), rs.getString("siret"), new java.util.ArrayList<>());
			}
			this.current.lines()
				.add(new Article.Line(rs.getString("label"), rs.getString("basis"), rs.getLong("amount_cents")));
		}

		void finish() {
			if (this.current != null) {
				this.each.accept(this.current);
				this.current = null;
			}
		}

	}

}
