package fr.clocher.wastebilling.service;

import java.util.List;
import java.util.UUID;

import fr.clocher.kernel.api.TenantKind;
import fr.clocher.kernel.api.platform.TenantStatus;
import fr.clocher.kernel.relations.TenantRelations;
import fr.clocher.kernel.tenancy.TenantContext;
import fr.clocher.kernel.tenancy.TenantRef;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kernel's tenant relations on the module test host, which has no registry: the same
 * platform tables ({@code tenant_membership}, {@code tenant}) tenant-service's registry
 * reads, for the current tenant only.
 */
@TestConfiguration(proxyBeanMethods = false)
class MembershipRelations implements TenantRelations {

	private static final String SELECT = "select t.id, t.slug, t.name, t.kind, t.status from tenant t ";

	private final JdbcClient jdbc;

	MembershipRelations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<TenantRef> groupsOfCurrentTenant() {
		return query(SELECT + "join tenant_membership m on m.group_id = t.id where m.member_id = ? order by t.name",
				TenantContext.require());
	}

	@Override
	public List<TenantRef> membersOfCurrentTenant() {
		return query(SELECT + "join tenant_membership m on m.member_id = t.id where m.group_id = ? order by t.name",
				TenantContext.require());
	}

	private List<TenantRef> query(String sql, UUID tenant) {
		return this.jdbc.sql(sql)
			.param(tenant)
			.query((rs, i) -> new TenantRef(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name"),
					TenantKind.valueOf(rs.getString("kind")), TenantStatus.valueOf(rs.getString("status"))))
			.list();
	}

}
