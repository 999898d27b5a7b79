package fr.clocher.website.service.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.clocher.kernel.tenancy.TenantContext;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current commune's pages, in a tenant table under row-level security (the explicit
 * {@code tenant_id} conditions use the primary key; the policy is the guarantee).
 */
public class PageStore {

	private static final String COLUMNS = "select id, slug, title, summary, body, published_slug, published_title,"
			+ " published_summary, published_body, published_at, created_at, updated_at from website_page ";

	private final JdbcClient jdbc;

	PageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StoredPage> all() {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? order by lower(title), id")
			.param(TenantContext.require())
			.query(PageStore::row)
			.list();
	}

	public List<StoredPage> published() {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and published_at is not null order by lower(title)")
			.param(TenantContext.require())
			.query(PageStore::row)
			.list();
	}

	public Optional<StoredPage> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.query(PageStore::row)
			.optional();
	}

	/** The published page residents reach at {@code /pages/<slug>}. */
	public Optional<StoredPage> publishedBySlug(String slug) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and published_slug = ?")
			.params(TenantContext.require(), slug)
			.query(PageStore::row)
			.optional();
	}

	/** The pages that have the slug, as their draft's or as their published address. */
	public List<StoredPage> holding(String slug) {
		return this.jdbc.sql(COLUMNS + "where tenant_id = ? and (slug = ? or published_slug = ?) order by created_at")
			.params(TenantContext.require(), slug, slug)
			.query(PageStore::row)
			.list();
	}

	public void insert(StoredPage page) {
		this.jdbc.sql("""
				insert into website_page (tenant_id, id, slug, title, summary, body, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""")
			.params(TenantContext.require(), page.id(), page.slug(), page.title(), page.summary(), page.body(),
					ts(page.createdAt()), ts(page.updatedAt()))
			.update();
	}

	public void updateDraft(UUID id, String slug, String title, String summary, String body, Instant at) {
		this.jdbc.sql("""
				update website_page set slug = ?, title = ?, summary = ?, body = ?, updated_at = ?
				where tenant_id = ? and id = ?
				""").params(slug, title, summary, body, ts(at), TenantContext.require(), id).update();
	}

	public void publish(UUID id, Instant at) {
		this.jdbc.sql("""
				update website_page set published_slug = slug, published_title = title, published_summary = summary,
				    published_body = body, published_at = ? where tenant_id = ? and id = ?
				""").params(ts(at), TenantContext.require(), id).update();
	}

	public void unpublish(UUID id) {
		this.jdbc.sql("""
				update website_page set published_slug = null, published_title = null, published_summary = null,
				    published_body = null, published_at = null where tenant_id = ? and id = ?
				""").params(TenantContext.require(), id).update();
	}

	public void delete(UUID id) {
		this.jdbc.sql("delete from website_page where tenant_id = ? and id = ?")
			.params(TenantContext.require(), id)
			.update();
	}

	/** Titles of the pages whose draft or published body contains {@code text}. */
	public List<String> titlesMentioning(String text) {
		return this.jdbc.sql("""
				select title from website_page where tenant_id = ?
				and (strpos(body, ?) > 0 or strpos(coalesce(published_body, ''), ?) > 0) order by title
				""").params(TenantContext.require(), text, text).query(String.class).list();
	}

	/** Whether the published text of a page contains {@code text}. */
	public boolean publishedMentioning(String text) {
		return this.jdbc.sql("""
				select exists (select 1 from website_page where tenant_id = ? and published_at is not null
				    and strpos(published_body, ?) > 0)
				""").params(TenantContext.require(), text).query(Boolean.class).single();
	}

	private static Timestamp ts(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static StoredPage row(ResultSet rs, int i) throws SQLException {
		return new StoredPage(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getString("published_slug"),
				rs.getString("published_title"), rs.getString("published_summary"), rs.getString("published_body"),
				instant(rs, "published_at"), instant(rs, "created_at"), instant(rs, "updated_at"));
	}

}
