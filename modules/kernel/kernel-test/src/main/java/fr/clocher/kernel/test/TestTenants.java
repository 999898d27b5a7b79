package fr.clocher.kernel.test;

import java.time.OffsetDateTime;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registers tenants directly in the platform tables, for tests that have no registry
 * service (the kernel's, and a module's on its test host): active, on the platform host
 * {@code <slug>.clocher.test}.
 */
public final class TestTenants {

	private TestTenants() {
	}

	public static UUID create(JdbcClient jdbc, String slug, TenantKind kind) {
		return create(jdbc, slug, slug, kind);
	}

	/** A tenant whose name is not its slug (so that a page showing one tells which). */
	public static UUID create(JdbcClient jdbc, String slug, String name, TenantKind kind) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now();
		jdbc.sql("""
				insert into tenant (id, kind, official_code, slug, name, search_name, status, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?)
				""")
			.params(id, kind.name(), slug.substring(0, Math.min(slug.length(), 14)), slug, name, name, now, now)
			.update();
		jdbc.sql("insert into tenant_host (host, tenant_id, kind, created_at) values (?, ?, 'PLATFORM', ?)")
			.params(slug + ".clocher.test", id, now)
			.update();
		return id;
	}

	public static UUID commune(JdbcClient jdbc, String slug) {
		return create(jdbc, slug, TenantKind.COMMUNE);
	}

	/**
	 * Gives the tenant a domain of its own, as the operator does ({@code CUSTOM}): the
	 * host then names its site, whatever the path.
	 */
	public static void addDomain(JdbcClient jdbc, String slug, String host) {
		jdbc.sql("""
				insert into tenant_host (host, tenant_id, kind, created_at)
				select ?, id, 'CUSTOM', ? from tenant where slug = ?
				""").params(host, OffsetDateTime.now(), slug).update();
	}

	/**
	 * Makes a tenant a member of a group (an intercommunality, a syndicate), as the
	 * registry does: what {@code TenantRelations} then answers.
	 */
	public static void addMember(JdbcClient jdbc, UUID group, UUID member) {
		jdbc.sql("insert into tenant_membership (group_id, member_id) values (?, ?)").params(group, member).update();
	}

	/** A commune of a slug never used before; its slug. */
	public static String newCommune(JdbcClient jdbc) {
		String slug = "commune-" + UUID.randomUUID().toString().substring(0, 6);
		commune(jdbc, slug);
		return slug;
	}

}
