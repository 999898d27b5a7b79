package fr.clocher.kernel.test.host;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kernel's {@link TenantRelations} on the module test host, which has no registry: as
 * tenant-service's registry answers it (one query on the platform's membership table, for
 * the current tenant only). {@code TestTenants.addMember} fills that table.
 */
final class MembershipRelations implements TenantRelations {

	private static final RowMapper<TenantRef> ROW = (rs, i) -> new TenantRef(rs.getObject("id", UUID.class),
			rs.getString("slug"), rs.getString("name"), TenantKind.valueOf(rs.getString("kind")),
			TenantStatus.valueOf(rs.getString("status")));

	private final JdbcClient jdbc;

	MembershipRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TenantRef> groupsOfCurrentTenant() {
		return this.jdbc.sql("""
				select t.id, t.slug, t.name, t.kind, t.status from tenant t
				join tenant_membership m on m.group_id = t.id where m.member_id = ? order by t.search_name, t.id
				""").param(TenantContext.require()).query(ROW).list();
	}

	@Override
	public List<TenantRef> membersOfCurrentTenant() {
		return this.jdbc.sql("""
				select t.id, t.slug, t.name, t.kind, t.status from tenant t
				join tenant_membership m on m.member_id = t.id where m.group_id = ? order by t.search_name, t.id
				""").param(TenantContext.require()).query(ROW).list();
	}

}
