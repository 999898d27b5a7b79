package fr.clocher.website.service.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.ReadOnlyMemo;
import fr.clocher.kernel.tenancy.TenantContext;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The website's structured settings of the current commune (menu, home, town hall, theme,
 * council, generated pages' edits), one JSON document each, in a tenant table under
 * row-level security.
 */
public class SiteDocuments {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	public SiteDocuments(JdbcClient jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public <T> Optional<T> read(String name, Class<T> type) {
		UUID tenant = TenantContext.require();
		Optional<String> content = ReadOnlyMemo.remember(this, List.of(tenant, name),
				() -> this.jdbc.sql("select content::text from website_document where tenant_id = ? and name = ?")
					.params(tenant, name)
					.query(String.class)
					.optional());
		return content.map((text) -> this.json.readValue(text, type));
	}

	public Optional<Instant> updatedAt(String name) {
		return this.jdbc.sql("select updated_at from website_document where tenant_id = ? and name = ?")
			.params(TenantContext.require(), name)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * Whether a document contains {@code text}. Every document is public once saved (none
	 * is a draft).
	 */
	public boolean mentioning(String text) {
		return this.jdbc
			.sql("select exists (select 1 from website_document where tenant_id = ?"
					+ " and strpos(content::text, ?) > 0)")
			.params(TenantContext.require(), text)
			.query(Boolean.class)
			.single();
	}

	public void write(String name, Object content) {
		this.jdbc.sql("""
				insert into website_document (tenant_id, name, content, updated_at) values (?, ?, ?::jsonb, ?)
				on conflict (tenant_id, name) do update set content = excluded.content, updated_at = excluded.updated_at
				""")
			.params(TenantContext.require(), name, this.json.writeValueAsString(content),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	public void delete(String name) {
		this.jdbc.sql("delete from website_document where tenant_id = ? and name = ?")
			.params(TenantContext.require(), name)
			.update();
	}

	/** The current commune. */
	public static UUID tenant() {
		return TenantContext.require();
	}

}
